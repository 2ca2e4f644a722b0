-- people: the name search's walk of the sort order for common names ("nguyen", "duc"), see PersonSearch.densePage.
-- 1. The sort index includes the name's word prefixes, so candidates are rejected from the index alone
--    (index-only scan) and only matches are read from the wide person table.
create index person_sort_name_prefixes on person (sort_name, id) include (search_prefixes) where deleted_at is null;
-- 2. A finer histogram of sort_name (1,000 buckets instead of 100): its bounds (SortNameQuantiles) limit the walk to
--    the first part of the sort order where the page lies.
alter table person alter column sort_name set statistics 1000;
analyze person;
