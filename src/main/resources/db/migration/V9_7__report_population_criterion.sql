-- Issue 14, point 1: a population over several unit subtrees and a condition over any dimension.
-- root_unit_ids: the roots (empty or null = the user's own scope); root_unit_id stays, filled with the first root,
-- for readers of the old column. criterion: vn.canbo.reports.Criterion as JSON (null = everyone of the units).
alter table report_population add column root_unit_ids bigint[];
alter table report_population add column criterion jsonb;

update report_population set root_unit_ids = array[root_unit_id] where root_unit_id is not null;
