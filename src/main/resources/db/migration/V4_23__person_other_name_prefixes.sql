-- people: the word prefixes of a person's names other than the given name (tên), for the name search's first page
-- (PersonSearch.densePage). The sort key starts with the given name, so the persons a common word matches either
-- match it in their given name — and then sort together, in the range of keys starting with that word — or match
-- every word of the query outside the given name: these are found through this expression's GIN index. Words equal
-- to the given name are all left out: a query word matched only by them is a prefix of the given name, so its
-- persons are in that word's range. An expression index, not a stored column: the table is not rewritten.
create function person_other_name_prefixes(search_name text, sort_name text) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct substr(w, 1, n)), '{}')
from unnest(string_to_array(btrim(search_name), ' ')) w, generate_series(1, length(w)) n
where w <> '' and w <> split_part(sort_name, ' ', 1)
$$;

create index person_other_name_prefixes on person using gin (person_other_name_prefixes(search_name, sort_name));
analyze person;
