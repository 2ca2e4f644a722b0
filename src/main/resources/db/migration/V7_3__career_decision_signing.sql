-- issue 20: what a decision document needs beyond the decision itself, recorded on the draft (NĐ 30/2020 layout):
-- the place of the date line (địa danh, prefilled from the issuing unit's locality), the proposer of the "Xét đề
-- nghị của …" clause, the signing authority (TM. / KT. / both / none), the signer's title and the recipients
-- (Nơi nhận, one per line). Frozen once the decision leaves DRAFT, like the rest of its content.
alter table career_decision
    add column place             varchar(100),
    add column proposer          varchar(300),
    add column signing_authority varchar(5) check (signing_authority in ('TM', 'KT', 'TM_KT')),
    add column signer_title      varchar(200),
    add column recipients        text;

create or replace function career_decision_immutable() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (new.number is distinct from old.number or new.signed_on is distinct from old.signed_on
        or new.issuer is distinct from old.issuer or new.signer is distinct from old.signer
        or new.effective_on is distinct from old.effective_on or new.end_on is distinct from old.end_on
        or new.reference_on is distinct from old.reference_on or new.type is distinct from old.type
        or new.target_decision_id is distinct from old.target_decision_id
        or (new.justification is distinct from old.justification and not (old.status = 'APPROVED' and new.status = 'ISSUED'))
        or new.note is distinct from old.note or (new.status = 'DRAFT')
        or new.approved_by is distinct from old.approved_by or new.approved_at is distinct from old.approved_at
        or new.place is distinct from old.place or new.proposer is distinct from old.proposer
        or new.signing_authority is distinct from old.signing_authority
        or new.signer_title is distinct from old.signer_title or new.recipients is distinct from old.recipients) then
        raise exception 'career_decision % is issued and immutable', old.id;
    end if;
    return new;
end $$;
