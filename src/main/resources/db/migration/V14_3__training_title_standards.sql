-- issue 16 (helper tr-std): title standards (tiêu chuẩn chức danh) as effective-dated configuration. A version of the
-- standard of a title (catalog TITLE), optionally for one administrative level of its unit (org.AdminLevel: the same
-- title at commune and province level has different standards), with its legal basis; its requirements are the
-- minimum level per qualification kind (people.QualificationKind; a level code of the kind's catalog, DT1–DT4 for
-- DEFENCE_SECURITY, where DT1 is the highest group). A new version closes the one before it (valid_to = its valid_from
-- minus one day): the history is kept. unconfirmed = [U] in regulations.md: a value to confirm, not a fact.
create table training_title_standard (
    id           bigserial     primary key,
    title_code   varchar(40)   not null,
    admin_level  varchar(20),               -- org.AdminLevel of the unit, or null = every level
    valid_from   date          not null,
    valid_to     date,
    legal_basis  varchar(1000) not null,
    unconfirmed  boolean       not null default false,
    note         varchar(1000),
    created_at   timestamptz   not null default now(),
    created_by   varchar(100),
    check (valid_to is null or valid_to >= valid_from)
);
create unique index training_title_standard_version
    on training_title_standard (title_code, coalesce(admin_level, ''), valid_from);

create table training_title_requirement (
    standard_id        bigint      not null references training_title_standard (id),
    qualification_kind varchar(30) not null,
    level_code         varchar(40) not null,
    unconfirmed        boolean     not null default false,
    primary key (standard_id, qualification_kind)
);

-- Seed: only what regulations.md §3.2 states — the QP-AN group (đối tượng) of some titles, as reported [S], from
-- Hướng dẫn 90/HD-HĐGDQPAN (31/5/2016) under NĐ 13/2014/NĐ-CP amended by NĐ 139/2020/NĐ-CP. Its re-mapping after the
-- district level was abolished (1/7/2025) is [U], so each seed is marked unconfirmed. regulations.md states no required
-- education, political theory, state management, language or IT level for any title (QĐ 89/2017 was the frame; QĐ
-- 377-QĐ/TW and the standards of the Central Organisation Commission now): none is seeded — enter them in the editor.
insert into training_title_standard (title_code, admin_level, valid_from, legal_basis, unconfirmed, note) values
('GIAM_DOC', 'PROVINCE', date '2016-05-31',
 'NĐ 13/2014/NĐ-CP, sửa đổi bởi NĐ 139/2020/NĐ-CP; Hướng dẫn 90/HD-HĐGDQPAN (31/5/2016): Giám đốc sở thuộc đối tượng 2', true,
 '[U] việc sắp xếp lại đối tượng sau 1/7/2025 chưa được xác nhận'),
('TRUONG_PHONG', 'PROVINCE', date '2016-05-31',
 'NĐ 13/2014/NĐ-CP, sửa đổi bởi NĐ 139/2020/NĐ-CP; Hướng dẫn 90/HD-HĐGDQPAN (31/5/2016): trưởng phòng cấp tỉnh thuộc đối tượng 3', true,
 '[U] việc sắp xếp lại đối tượng sau 1/7/2025 chưa được xác nhận'),
('BI_THU', 'COMMUNE', date '2016-05-31',
 'NĐ 13/2014/NĐ-CP, sửa đổi bởi NĐ 139/2020/NĐ-CP; Hướng dẫn 90/HD-HĐGDQPAN (31/5/2016): Bí thư Đảng ủy cấp xã thuộc đối tượng 3', true,
 '[U] việc sắp xếp lại đối tượng sau 1/7/2025 chưa được xác nhận'),
('CHU_TICH_UBND', 'COMMUNE', date '2016-05-31',
 'NĐ 13/2014/NĐ-CP, sửa đổi bởi NĐ 139/2020/NĐ-CP; Hướng dẫn 90/HD-HĐGDQPAN (31/5/2016): Chủ tịch UBND cấp xã thuộc đối tượng 3', true,
 '[U] việc sắp xếp lại đối tượng sau 1/7/2025 chưa được xác nhận');

insert into training_title_requirement (standard_id, qualification_kind, level_code, unconfirmed)
select id, 'DEFENCE_SECURITY', case when title_code = 'GIAM_DOC' then 'DT2' else 'DT3' end, true
from training_title_standard where valid_from = date '2016-05-31'
  and title_code in ('GIAM_DOC', 'TRUONG_PHONG', 'BI_THU', 'CHU_TICH_UBND');
