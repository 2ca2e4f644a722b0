-- people: index for statistics by rank (ngạch) as of a date (PeopleStatistics, dimension RANK_GROUP): the salary
-- row valid on the date per person, read from the index without touching the table.
create index person_salary_person on person_salary (person_id, valid_from) include (rank_code, valid_to)
    where deleted_at is null;
