-- org module: the organisation tree, effective-dated. A unit's identity (org_unit) never changes;
-- its name, type, level and parent are versions valid over [valid_from, valid_to). Merges, splits and
-- dissolutions end units and start new ones, linked predecessor → successor by a restructuring.
create table org_unit (
    id         bigint generated always as identity primary key,
    code       varchar(40) not null unique,
    created_at timestamptz not null default now()
);

create table org_restructuring (
    id              bigint generated always as identity primary key,
    kind            varchar(20)  not null,     -- CREATE, MERGE, SPLIT, DISSOLVE, RENAME, MOVE
    effective_date  date         not null,
    decision_number varchar(100),
    decision_date   date,
    issuer          varchar(300),
    note            text,
    created_at      timestamptz  not null default now(),
    created_by      varchar(100) not null default 'system'
);

create table org_unit_version (
    id               bigint generated always as identity primary key,
    unit_id          bigint       not null references org_unit (id),
    name             varchar(300) not null,
    short_name       varchar(150),
    type_code        varchar(40)  not null,    -- catalog UNIT_TYPE
    admin_level      varchar(20)  not null,    -- PROVINCE, DISTRICT, COMMUNE, HAMLET
    parent_id        bigint references org_unit (id),
    valid_from       date         not null,
    valid_to         date,                      -- exclusive; null = current
    restructuring_id bigint references org_restructuring (id),
    check (valid_to is null or valid_to > valid_from),
    exclude using gist (unit_id with =, daterange(valid_from, valid_to) with &&)
);
create index org_unit_version_parent on org_unit_version (parent_id, valid_from);
create index org_unit_version_unit on org_unit_version (unit_id, valid_from);

create table org_restructuring_link (
    restructuring_id bigint not null references org_restructuring (id),
    predecessor_id   bigint not null references org_unit (id),
    successor_id     bigint not null references org_unit (id),
    primary key (restructuring_id, predecessor_id, successor_id)
);
create index org_restructuring_link_successor on org_restructuring_link (successor_id);

-- biên chế: approved headcount of a unit for a year
create table org_staffing_quota (
    unit_id         bigint      not null references org_unit (id),
    year            int         not null,
    quota           int         not null check (quota >= 0),
    decision_number varchar(100),
    note            text,
    primary key (unit_id, year)
);
