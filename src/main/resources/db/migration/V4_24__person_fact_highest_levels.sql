-- people: the highest level of each qualification kind held in a period, kept in person_fact beside the codes
-- held. A report counts a million persons by these levels on every run; ranking the codes held for each person and
-- each column at query time cost more than the rest of the report together.
--
-- Which level is highest is the order of the level catalogs, which an administrator may change. The people module
-- keeps its own copy of that order (qualification_level_rank, written by LevelRanks from the catalog service at
-- start-up and whenever a catalog changes) and, when the order changes, recomputes the highest levels of the facts
-- in the same transaction.
create table qualification_level_rank (
    kind varchar(30) not null,   -- QualificationKind
    code varchar(40) not null,   -- level code of the kind's catalog
    rank integer     not null,   -- position in the catalog's order: the greatest is the highest level
    primary key (kind, code)
);

alter table person_fact
    add column professional_top     varchar(40),
    add column political_theory_top varchar(40),
    add column state_management_top varchar(40),
    add column foreign_language_top varchar(40),
    add column it_top               varchar(40),
    add column academic_title_top   varchar(40);

-- The highest of the codes held: the one level most people hold is taken as is; otherwise the highest ranked, a
-- code the catalog does not know (never, as codes are checked on entry) after every known one.
create function qualification_top(kind text, codes text[]) returns varchar
    language sql stable parallel safe as
$$
select case cardinality(codes)
           when 0 then null
           when 1 then codes[1]
           else (select c from unnest(codes) c
                 left join qualification_level_rank r on r.kind = qualification_top.kind and r.code = c
                 order by r.rank desc nulls last, c limit 1)
       end
$$;

create function person_fact_tops() returns trigger
    language plpgsql as
$$
begin
    new.professional_top := qualification_top('PROFESSIONAL', new.professional);
    new.political_theory_top := qualification_top('POLITICAL_THEORY', new.political_theory);
    new.state_management_top := qualification_top('STATE_MANAGEMENT', new.state_management);
    new.foreign_language_top := qualification_top('FOREIGN_LANGUAGE', new.foreign_language);
    new.it_top := qualification_top('IT', new.it);
    new.academic_title_top := qualification_top('ACADEMIC_TITLE', new.academic_title);
    return new;
end
$$;

create trigger person_fact_tops before insert on person_fact for each row execute function person_fact_tops();

-- Existing facts get their highest levels when LevelRanks first fills qualification_level_rank (at start-up).
