-- Extensions used across modules. Both are "trusted" in PostgreSQL 13+ (a database owner may create them).
create extension if not exists pg_trgm;   -- trigram indexes for diacritics-insensitive name search
create extension if not exists btree_gist; -- exclusion constraints on (id, date range): no overlapping validity
