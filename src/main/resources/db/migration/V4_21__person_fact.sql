-- people: person_fact — what is true of a person over a period, one row per period in which the person holds a
-- main position and none of the facts below changes: the main position (unit, title), the rank (ngạch) of the
-- salary row, the qualification levels held of each kind, and the person's own fields that statistics and
-- searches filter on. Derived data, never edited: rebuilt for a person by triggers whenever the person or one of
-- their position, salary or qualification rows is written (in the same transaction, so readers — the read
-- replica included — never see it stale). A report or a search as of a date reads one narrow row per person
-- (valid_from <= d < valid_to) instead of joining four histories.
--
-- Levels are kept as the codes held (sorted), not as "the highest": which level is highest is the catalog's
-- order, which an administrator may change, so readers rank them with the catalog at query time.
create table person_fact (
    person_id         bigint      not null references person (id),
    valid_from        date        not null,
    valid_to          date,                       -- exclusive; null = still true
    position_id       bigint      not null,       -- the main position (person_position.id)
    unit_id           bigint      not null,
    title_code        varchar(40),
    category          varchar(20) not null,
    gender            varchar(6)  not null,
    birth_date        date        not null,
    birth_key         integer     not null,       -- yyyymmdd: age on d = (d as yyyymmdd - birth_key) / 10000
    ethnicity_code    varchar(40),
    religion_code     varchar(40),
    party_joined_on   date,
    party_left_on     date,
    rank_code         varchar(40),                -- of the salary row valid in the period
    professional      text[]      not null,       -- level codes held, by QualificationKind
    political_theory  text[]      not null,
    state_management  text[]      not null,
    foreign_language  text[]      not null,
    it                text[]      not null,
    academic_title    text[]      not null,
    primary key (person_id, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
create index person_fact_unit on person_fact (unit_id, valid_from) include (valid_to);

-- Rebuilds the periods of the given persons from their histories. Periods are cut at every date on which a main
-- position, salary or qualification starts or ends, then adjacent periods with the same facts are merged.
-- Planned afresh on every call (no cached generic plan): an import grows the histories by thousands of rows inside
-- one transaction, and a plan made when they were small would scan them whole for every batch.
create function person_fact_refresh(ids bigint[]) returns void
    language plpgsql
    set plan_cache_mode = force_custom_plan as
$$
begin
    delete from person_fact where person_id = any (ids);
    insert into person_fact (person_id, valid_from, valid_to, position_id, unit_id, title_code, category, gender,
                             birth_date, birth_key, ethnicity_code, religion_code, party_joined_on, party_left_on, rank_code,
                             professional, political_theory, state_management, foreign_language, it, academic_title)
    with sel as (select distinct i.id from unnest(ids) i(id)),
    cuts as (
        select x.person_id, x.d
        from sel
        cross join lateral (
            select pp.person_id, pp.valid_from as d from person_position pp
            where pp.person_id = sel.id and not pp.concurrent and pp.deleted_at is null
            union select pp.person_id, pp.valid_to from person_position pp
            where pp.person_id = sel.id and not pp.concurrent and pp.deleted_at is null and pp.valid_to is not null
            union select s.person_id, s.valid_from from person_salary s where s.person_id = sel.id and s.deleted_at is null
            union select s.person_id, s.valid_to from person_salary s
            where s.person_id = sel.id and s.deleted_at is null and s.valid_to is not null
            union select q.person_id, q.valid_from from person_qualification q
            where q.person_id = sel.id and q.deleted_at is null and q.level_code is not null
            union select q.person_id, q.valid_to from person_qualification q
            where q.person_id = sel.id and q.deleted_at is null and q.level_code is not null and q.valid_to is not null
        ) x
    ),
    periods as (
        select person_id, d as valid_from, lead(d) over (partition by person_id order by d) as valid_to from cuts
    ),
    facts as (
        select pr.person_id, pr.valid_from, pr.valid_to, pp.id as position_id, pp.unit_id, pp.title_code,
               (select s.rank_code from person_salary s
                where s.person_id = pr.person_id and s.deleted_at is null and s.valid_from <= pr.valid_from
                  and (s.valid_to is null or s.valid_to > pr.valid_from)
                order by s.valid_from desc limit 1) as rank_code,
               coalesce(lv.professional, '{}') as professional,
               coalesce(lv.political_theory, '{}') as political_theory,
               coalesce(lv.state_management, '{}') as state_management,
               coalesce(lv.foreign_language, '{}') as foreign_language,
               coalesce(lv.it, '{}') as it,
               coalesce(lv.academic_title, '{}') as academic_title
        from periods pr
        join person_position pp on pp.person_id = pr.person_id and not pp.concurrent and pp.deleted_at is null
            and pp.valid_from <= pr.valid_from and (pp.valid_to is null or pp.valid_to > pr.valid_from)
        left join lateral (
            select array_agg(distinct q.level_code::text) filter (where q.kind = 'PROFESSIONAL') as professional,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'POLITICAL_THEORY') as political_theory,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'STATE_MANAGEMENT') as state_management,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'FOREIGN_LANGUAGE') as foreign_language,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'IT') as it,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'ACADEMIC_TITLE') as academic_title
            from person_qualification q
            where q.person_id = pr.person_id and q.deleted_at is null and q.level_code is not null
              and q.valid_from <= pr.valid_from and (q.valid_to is null or q.valid_to > pr.valid_from)
        ) lv on true
    ),
    marked as (
        select f.*,
               case when lag(f.valid_to) over w = f.valid_from
                     and lag(row (f.position_id, f.rank_code, f.professional, f.political_theory, f.state_management,
                                  f.foreign_language, f.it, f.academic_title)) over w
                         is not distinct from row (f.position_id, f.rank_code, f.professional, f.political_theory,
                                                   f.state_management, f.foreign_language, f.it, f.academic_title)
                    then 0 else 1 end as starts
        from facts f
        window w as (partition by f.person_id order by f.valid_from)
    ),
    islands as (
        select m.*, sum(m.starts) over (partition by m.person_id order by m.valid_from) as island from marked m
    )
    select i.person_id, min(i.valid_from), (array_agg(i.valid_to order by i.valid_from desc))[1], i.position_id,
           i.unit_id, i.title_code, p.category, p.gender, p.birth_date,
           extract(year from p.birth_date)::int * 10000 + extract(month from p.birth_date)::int * 100
               + extract(day from p.birth_date)::int, p.ethnicity_code, p.religion_code,
           p.party_joined_on, p.party_left_on, i.rank_code, i.professional, i.political_theory, i.state_management,
           i.foreign_language, i.it, i.academic_title
    from islands i
    join person p on p.id = i.person_id and p.deleted_at is null
    group by i.person_id, i.island, i.position_id, i.unit_id, i.title_code, p.category, p.gender, p.birth_date,
             p.ethnicity_code, p.religion_code, p.party_joined_on, p.party_left_on, i.rank_code, i.professional,
             i.political_theory, i.state_management, i.foreign_language, i.it, i.academic_title;
end
$$;

-- Bulk inserts (BatchInsert: a JDBC batch runs one statement per row) set canbo.person_fact_deferred for their
-- transaction and rebuild the new persons' facts once, at the end, with person_fact_refresh.
create function person_fact_on_person() returns trigger
    language plpgsql as
$$
begin
    if current_setting('canbo.person_fact_deferred', true) = 'on' then
        return null;
    end if;
    perform person_fact_refresh(array(select id from changed));
    return null;
end
$$;

create function person_fact_on_history() returns trigger
    language plpgsql as
$$
begin
    if current_setting('canbo.person_fact_deferred', true) = 'on' then
        return null;
    end if;
    perform person_fact_refresh(array(select distinct person_id from changed));
    return null;
end
$$;

-- a new person has no history yet: only updates of person matter
create trigger person_fact_person after update on person
    referencing new table as changed for each statement execute function person_fact_on_person();
create trigger person_fact_position_insert after insert on person_position
    referencing new table as changed for each statement execute function person_fact_on_history();
create trigger person_fact_position_update after update on person_position
    referencing new table as changed for each statement execute function person_fact_on_history();
create trigger person_fact_salary_insert after insert on person_salary
    referencing new table as changed for each statement execute function person_fact_on_history();
create trigger person_fact_salary_update after update on person_salary
    referencing new table as changed for each statement execute function person_fact_on_history();
create trigger person_fact_qualification_insert after insert on person_qualification
    referencing new table as changed for each statement execute function person_fact_on_history();
create trigger person_fact_qualification_update after update on person_qualification
    referencing new table as changed for each statement execute function person_fact_on_history();

select person_fact_refresh(array(select id from person));
analyze person_fact;
