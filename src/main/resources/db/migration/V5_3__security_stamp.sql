-- security (issue 12): a per-account security stamp, bumped when the account is disabled, its role or scope changes
-- or its password is set; a session signed in under an older stamp is ended on its next request.
alter table app_user add column security_stamp bigint not null default 0;
