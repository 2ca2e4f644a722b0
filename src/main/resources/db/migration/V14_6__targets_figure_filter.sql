-- (V14_6, not V9_11: target_indicator is created by V12_1, so a V9 migration would run before it on a new database.)
-- issue 16 (helper plan16): an indicator may pass filters with its figure, e.g. {"COURSE_KIND": ["IT"]} on
-- TRAINING_TURNS (the yearly training plan of training: one COUNT_IN_PERIOD indicator per course kind); {} = none,
-- so every existing indicator is unchanged. The sentence's noun names the course kind, longer than 100 characters.
alter table target_indicator add column figure_filter jsonb not null default '{}'::jsonb;
alter table target_indicator alter column noun type varchar(300), alter column verb type varchar(300);
