-- security: e-mail (to match OpenID Connect users), login throttling, personal API tokens.
alter table app_user add column email varchar(200);
alter table app_user add column updated_at timestamptz not null default now();
create unique index app_user_email_idx on app_user (lower(email)) where email is not null;
create index app_user_username_idx on app_user (lower(username));

-- failed logins, kept for the throttling window (rows older than a day are pruned)
create table login_failure (
    id       bigint generated always as identity primary key,
    username varchar(100) not null,
    ip       varchar(64),
    at       timestamptz  not null
);
create index login_failure_username_idx on login_failure (username, at);
create index login_failure_ip_idx on login_failure (ip, at);

-- temporary lock of a username ('user') or a client address ('ip')
create table login_lock (
    kind         varchar(10)  not null,
    key          varchar(100) not null,
    locked_until timestamptz  not null,
    primary key (kind, key)
);

-- personal access tokens: only the SHA-256 of the token is stored
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id, id);
