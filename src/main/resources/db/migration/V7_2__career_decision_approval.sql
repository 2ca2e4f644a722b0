-- issue 12: a decision may be approved before it is issued (DRAFT → APPROVED → ISSUED); the types listed in
-- canbo.career.four-eyes-types must be. Approval freezes the content like issuing does (the triggers below treat
-- every status but DRAFT as frozen); the issuer of an approved decision is never its approver.
alter table career_decision add column approved_at timestamptz, add column approved_by varchar(100);
alter table career_decision drop constraint career_decision_status_check;
alter table career_decision add constraint career_decision_status_check
    check (status in ('DRAFT', 'APPROVED', 'ISSUED', 'REVOKED'));
alter table career_decision add constraint career_decision_four_eyes
    check (approved_by is null or issued_by is null or lower(issued_by) <> lower(approved_by));

-- as in V7_1, plus: the justification is written when an approved decision is issued, and an approval stays
create or replace function career_decision_immutable() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (new.number is distinct from old.number or new.signed_on is distinct from old.signed_on
        or new.issuer is distinct from old.issuer or new.signer is distinct from old.signer
        or new.effective_on is distinct from old.effective_on or new.end_on is distinct from old.end_on
        or new.reference_on is distinct from old.reference_on or new.type is distinct from old.type
        or new.target_decision_id is distinct from old.target_decision_id
        or (new.justification is distinct from old.justification and not (old.status = 'APPROVED' and new.status = 'ISSUED'))
        or new.note is distinct from old.note or (new.status = 'DRAFT')
        or new.approved_by is distinct from old.approved_by or new.approved_at is distinct from old.approved_at) then
        raise exception 'career_decision % is issued and immutable', old.id;
    end if;
    return new;
end $$;
