-- issue 12 (imports): at most N issues are stored per job, the rest only counted; the rejected rows of a
-- committed job are kept as a small .xlsx (the upload itself is deleted after commit, refusal or the
-- retention period; stored_file is null once it is gone).
alter table import_job add column unlisted_issues bigint not null default 0;
alter table import_job add column rejected_file text;
-- the per-user quota counts the uploads still on disk; the cleanup finds the old ones
create index import_job_stored_by_user on import_job (created_by) where stored_file is not null;
create index import_job_files_by_time on import_job (created_at)
    where stored_file is not null or rejected_file is not null;
