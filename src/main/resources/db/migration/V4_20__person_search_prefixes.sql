-- Name search by word prefixes through a GIN index on an array: every prefix of every folded word of the name
-- ("nguyen van duc" → {n, ng, …, nguyen, v, va, van, d, du, duc}). A query matches when each of its words is a
-- prefix of some word of the name: search_prefixes @> {its words}. GIN intersects the posting lists, so common
-- family names ("nguyen", 38% of people) cost little, unlike trigram rechecks of LIKE '% nguyen%'.
create function person_name_prefixes(search_name text) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct substr(w, 1, n)), '{}')
from unnest(string_to_array(btrim(search_name), ' ')) w, generate_series(1, length(w)) n
where w <> ''
$$;

alter table person add column search_prefixes text[] generated always as (person_name_prefixes(search_name)) stored;
create index person_search_prefixes on person using gin (search_prefixes);
drop index if exists person_search_name_trgm;
