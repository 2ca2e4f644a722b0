-- security (issue 12): login throttling counted atomically (one upsert per attempt, row-locked), with a growing delay
-- instead of a hard lock. Replaces login_failure and login_lock.
drop table login_failure;
drop table login_lock;

-- attempts admitted for a user name ('user') or a client address ('ip') since the last quiet window; after
-- max-failures the next attempt is allowed only from next_allowed on (delay·2^(failures−max), capped)
create table login_throttle (
    kind         varchar(10)  not null,
    key          varchar(100) not null,
    failures     integer      not null,
    last_attempt timestamptz  not null,
    next_allowed timestamptz,
    primary key (kind, key)
);

-- attempts refused while throttled, counted per user name, address and throttled period: only the first of each
-- period is written to the audit log, the count goes with the account's next admitted attempt
create table login_throttled (
    username varchar(100) not null,
    ip       varchar(64)  not null,
    until    timestamptz  not null,
    attempts integer      not null,
    primary key (username, ip, until)
);
