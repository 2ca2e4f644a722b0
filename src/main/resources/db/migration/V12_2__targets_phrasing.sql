-- issue 14: each indicator chooses its sentence and the precision of its percentages; the target is optional.
--   phrasing: SHARE_ONLY (the value alone: "chiếm 21,1%"), AGAINST_TARGET ("đạt 36,9% chỉ tiêu"),
--             AGAINST_PLAN ("vượt 16,96% kế hoạch"); without a target every phrasing states the value alone.
--   decimals: 0–3 decimals of the percentages of the sentence (HALF_UP, trailing zeros not written).
alter table target_indicator alter column target_value drop not null;
alter table target_indicator add column phrasing varchar(20) not null default 'AGAINST_TARGET'
    check (phrasing in ('SHARE_ONLY', 'AGAINST_TARGET', 'AGAINST_PLAN'));
alter table target_indicator add column decimals smallint not null default 2 check (decimals between 0 and 3);
-- counts in a period are planned ("kế hoạch"), ratios and shares targeted ("chỉ tiêu")
update target_indicator set phrasing = 'AGAINST_PLAN' where kind = 'COUNT_IN_PERIOD';
