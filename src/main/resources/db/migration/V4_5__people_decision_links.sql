-- people, for the career module: the decision (career_decision.id) that created a position or salary row.
-- No foreign key: people does not depend on career. Indexes for the alerts (terms ending) and the as-of views.
alter table person_position add column decision_id bigint;
alter table person_salary add column decision_id bigint;
create index person_position_decision on person_position (decision_id) where decision_id is not null;
create index person_salary_decision on person_salary (decision_id) where decision_id is not null;
create index person_position_term_end on person_position (term_end) include (person_id, unit_id, valid_to)
    where deleted_at is null and term_end is not null;
create index person_salary_person_open on person_salary (person_id, valid_from) where deleted_at is null;
