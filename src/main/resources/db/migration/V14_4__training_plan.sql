-- issue 16 (helper plan16): the yearly training plan (kế hoạch đào tạo, bồi dưỡng) of a unit. Its targets per course
-- kind are the indicators of a targets programme (one source of truth: the programme, read through the targets API);
-- this table only ties the unit and year to that programme and keeps the plan's decision (number, date, issuer).
-- No foreign key to target_programme: modules do not reference each other's tables.
create table training_plan (
    id              bigserial    primary key,
    unit_id         bigint       not null,
    year            integer      not null check (year between 1900 and 2200),
    programme_id    bigint       not null unique,   -- targets' programme carrying the indicators
    decision_number varchar(60)  not null,          -- e.g. 05/KH-UBND
    decided_on      date         not null,
    issuer          varchar(300) not null,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    created_by      varchar(100),
    updated_at      timestamptz,
    updated_by      varchar(100),
    unique (unit_id, year)
);
