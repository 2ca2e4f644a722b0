-- issue 14, point 2.
-- 1. The names a dimension's value had over a period (effective-dated, validTo exclusive): a report as of a date
--    names the value as it was named on that date; without a row valid on the date the bundle's label applies
--    (for ADMIN_LEVEL.DISTRICT after the two-tier reform: "Cấp huyện (trước 1/7/2025)").
create table report_value_name (
    dim         varchar(40)  not null,
    code        varchar(60)  not null,
    valid_from  date         not null,
    valid_to    date,
    name        varchar(200) not null,
    name_en     varchar(200),
    primary key (dim, code, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
-- Luật Tổ chức chính quyền địa phương 2025: the district level ends on 1/7/2025
insert into report_value_name (dim, code, valid_from, valid_to, name, name_en) values
    ('ADMIN_LEVEL', 'DISTRICT', '1945-09-02', '2025-07-01', 'Cấp huyện', 'District level');

-- 2. The headcount sentence: "cán bộ, công chức, viên chức" counts exactly those three categories; the
--    non-specialised persons and contract workers are named apart when there are any. An administrator's own
--    version of the paragraph is left as it is.
update report_paragraph_template
   set body = replace('Toàn [(§{scopeName})] hiện có [(§{cbccvc})] cán bộ, công chức, viên chức[# th:if="§{nonSpecialised.count > 0}"][(§{contract.count > 0 ? '', '' : '' và ''})][(§{nonSpecialised})] người hoạt động không chuyên trách[/][# th:if="§{contract.count > 0}"] và [(§{contract})] lao động hợp đồng[/][# th:unless="§{levels.isEmpty()}"], trong đó [# th:each="l, s : §{levels}"][(§{l.labelLower})] [(§{l})] đồng chí[# th:unless="§{s.last}"], [/][/][/].', '§{', chr(36) || '{'),
       version = version + 1, updated_at = now()
 where code = 'HEADCOUNT'
   and body = replace('Toàn [(§{scopeName})] hiện có [(§{total})] cán bộ, công chức, viên chức[# th:unless="§{levels.isEmpty()}"], trong đó [# th:each="l, s : §{levels}"][(§{l.labelLower})] [(§{l})] đồng chí[# th:unless="§{s.last}"], [/][/][/].', '§{', chr(36) || '{');
