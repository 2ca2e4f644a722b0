-- Issue 14: a figure code may name a set of decision types (CAREER_SET:TRANSFER+ASSIGNMENT+…, the committee's set is
-- 90 characters, its _PERSONS form 98); varchar(80) turned saving such an indicator into a server error.
alter table target_indicator
    alter column figure_code type text,
    alter column base_figure_code type text,
    alter column dashboard_figure type text;
