-- issue 15 (helper ev-quota): the exception for outstanding collectives (tập thể có thành tích xuất sắc): a subject
-- of a collective campaign so recorded, with its justification, is not counted in the campaign's HTXSNV quota.
-- One row per subject while the exception holds; removing it deletes the row (both audited).
create table evaluation_outstanding (
    subject_id    bigint       primary key references evaluation_subject (id),
    justification text         not null,
    recorded_at   timestamptz  not null default now(),
    recorded_by   varchar(100) not null default 'system'
);
