-- security module: users, their role and their scope (unit subtrees).
create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null unique,
    password_hash varchar(200) not null,
    full_name     varchar(200) not null,
    role          varchar(30)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

create table app_user_scope (
    user_id bigint not null references app_user (id),
    unit_id bigint not null references org_unit (id),
    primary key (user_id, unit_id)
);
