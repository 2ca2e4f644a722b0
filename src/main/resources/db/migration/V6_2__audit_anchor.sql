-- issue 12 (audit): a keyed chain and scoped reading.
-- hash_version 1: hash = SHA-256(prev + content), the rows written before this upgrade (kept as they are);
-- hash_version 2: hash = HMAC-SHA256(key, prev + content + unit_ids), key held outside the database
-- (canbo.audit.key or the key file); ids of version-2 rows follow each other without gaps.
-- unit_ids: the units the event concerned when it was written, with their ancestors (null = no unit:
-- visible to whole-tree readers only).
alter table audit_event add column hash_version smallint not null default 1;
alter table audit_event add column unit_ids bigint[];
create index audit_event_units_idx on audit_event using gin (unit_ids);
