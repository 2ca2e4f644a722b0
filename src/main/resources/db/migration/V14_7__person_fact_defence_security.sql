-- people: the QP-AN (defence and security) groups held, and the highest of them, in person_fact beside the other
-- kinds (issue 16). The gap analysis of a province reads each holder's highest level of every kind required; the
-- defence group was the one kind it still had to rank from person_qualification for 60,000 persons.
--
-- The groups have no catalog: their order (DT1 the highest, DT4 the lowest, as QualificationLevels and the gap
-- analysis always ranked them) is kept as the other kinds' orders are, in qualification_level_rank; LevelRanks
-- copies only the kinds with a catalog and leaves these rows alone. A code outside DT1–DT4 has no rank: as for the
-- other kinds, it comes after every known one and readers (QualificationLevels) count it as none.
alter table person_fact
    add column defence_security     text[]      not null default '{}',
    add column defence_security_top varchar(40);

insert into qualification_level_rank (kind, code, rank)
values ('DEFENCE_SECURITY', 'DT4', 1), ('DEFENCE_SECURITY', 'DT3', 2), ('DEFENCE_SECURITY', 'DT2', 3),
       ('DEFENCE_SECURITY', 'DT1', 4)
on conflict (kind, code) do nothing;

create or replace function person_fact_tops() returns trigger
    language plpgsql as
$$
begin
    new.professional_top := qualification_top('PROFESSIONAL', new.professional);
    new.political_theory_top := qualification_top('POLITICAL_THEORY', new.political_theory);
    new.state_management_top := qualification_top('STATE_MANAGEMENT', new.state_management);
    new.foreign_language_top := qualification_top('FOREIGN_LANGUAGE', new.foreign_language);
    new.it_top := qualification_top('IT', new.it);
    new.academic_title_top := qualification_top('ACADEMIC_TITLE', new.academic_title);
    new.defence_security_top := qualification_top('DEFENCE_SECURITY', new.defence_security);
    return new;
end
$$;

-- V4_21's rebuild, with the defence groups held (a change of group starts a new period, as for the other kinds).
create or replace function person_fact_refresh(ids bigint[]) returns void
    language plpgsql
    set plan_cache_mode = force_custom_plan as
$$
begin
    delete from person_fact where person_id = any (ids);
    insert into person_fact (person_id, valid_from, valid_to, position_id, unit_id, title_code, category, gender,
                             birth_date, birth_key, ethnicity_code, religion_code, party_joined_on, party_left_on, rank_code,
                             professional, political_theory, state_management, foreign_language, it, academic_title, defence_security)
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
               coalesce(lv.academic_title, '{}') as academic_title,
               coalesce(lv.defence_security, '{}') as defence_security
        from periods pr
        join person_position pp on pp.person_id = pr.person_id and not pp.concurrent and pp.deleted_at is null
            and pp.valid_from <= pr.valid_from and (pp.valid_to is null or pp.valid_to > pr.valid_from)
        left join lateral (
            select array_agg(distinct q.level_code::text) filter (where q.kind = 'PROFESSIONAL') as professional,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'POLITICAL_THEORY') as political_theory,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'STATE_MANAGEMENT') as state_management,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'FOREIGN_LANGUAGE') as foreign_language,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'IT') as it,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'ACADEMIC_TITLE') as academic_title,
                   array_agg(distinct q.level_code::text) filter (where q.kind = 'DEFENCE_SECURITY') as defence_security
            from person_qualification q
            where q.person_id = pr.person_id and q.deleted_at is null and q.level_code is not null
              and q.valid_from <= pr.valid_from and (q.valid_to is null or q.valid_to > pr.valid_from)
        ) lv on true
    ),
    marked as (
        select f.*,
               case when lag(f.valid_to) over w = f.valid_from
                     and lag(row (f.position_id, f.rank_code, f.professional, f.political_theory, f.state_management,
                                  f.foreign_language, f.it, f.academic_title, f.defence_security)) over w
                         is not distinct from row (f.position_id, f.rank_code, f.professional, f.political_theory,
                                                   f.state_management, f.foreign_language, f.it, f.academic_title,
                                                   f.defence_security)
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
           i.foreign_language, i.it, i.academic_title, i.defence_security
    from islands i
    join person p on p.id = i.person_id and p.deleted_at is null
    group by i.person_id, i.island, i.position_id, i.unit_id, i.title_code, p.category, p.gender, p.birth_date,
             p.ethnicity_code, p.religion_code, p.party_joined_on, p.party_left_on, i.rank_code, i.professional,
             i.political_theory, i.state_management, i.foreign_language, i.it, i.academic_title, i.defence_security;
end
$$;

-- Only the persons holding a defence group have facts to change (the others keep '{}' and no highest group).
select person_fact_refresh(array(select distinct person_id from person_qualification
                                 where kind = 'DEFENCE_SECURITY' and deleted_at is null and level_code is not null));
analyze person_fact;
