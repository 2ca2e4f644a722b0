-- audit module: append-only audit trail (nhật ký kiểm tra), chained by SHA-256 hashes.
create sequence audit_event_id_seq;

create table audit_event (
    id          bigint       primary key,
    at          timestamptz  not null,
    username    varchar(100) not null,
    ip          varchar(64),
    user_agent  varchar(300),
    action      varchar(30)  not null,
    entity_type varchar(60),
    entity_id   varchar(100),
    person_id   bigint,
    before      jsonb,
    after       jsonb,
    prev_hash   char(64)     not null,
    hash        char(64)     not null
);

create index audit_event_username_idx on audit_event (username, id);
create index audit_event_person_idx on audit_event (person_id, id) where person_id is not null;
create index audit_event_entity_idx on audit_event (entity_type, entity_id, id);
create index audit_event_action_idx on audit_event (action, id);
create index audit_event_at_idx on audit_event (at);

-- Append-only, enforced by the database itself: no role may change or remove a recorded event.
create function audit_event_forbid_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_forbid_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_forbid_change();
