-- Issue 12: the populations shipped with the application are built in: read-only for everyone except an
-- administrator whose scope is the whole tree (vn.canbo.reports.Populations.writable).
alter table report_population add column built_in boolean not null default false;

update report_population set built_in = true where code in ('ALL', 'BCH_XA', 'CHU_CHOT', 'TRUONG_PHO_PHONG');
