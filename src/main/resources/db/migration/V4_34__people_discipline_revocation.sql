-- Issue 15 (ev-honours), point 2: revoking a discipline decision (hủy bỏ quyết định kỷ luật) undoes its effects.
-- The discipline row is kept as it was (history); the revocation is recorded on it: the revoking decision's number,
-- date and issuer and the reason. From the revocation date the discipline no longer delays salary raises, no longer
-- counts for the appointment wait (APP-09), nor for the evaluation cap, nor in the DISCIPLINE_* counts of periods
-- ending on or after that date.
alter table person_discipline
    add column revoked_on        date,
    add column revocation_number varchar(100),
    add column revocation_issuer varchar(300),
    add column revocation_reason text,
    add constraint person_discipline_revocation check (
        (revoked_on is null and revocation_number is null and revocation_issuer is null and revocation_reason is null)
        or (revoked_on is not null and revocation_number is not null and revocation_reason is not null
            and revoked_on >= decided_on));
