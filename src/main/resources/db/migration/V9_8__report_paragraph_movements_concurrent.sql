-- Issue 14, points 5 and 6. The MOVEMENTS paragraph prints the grouped phrase of the movements page
-- ("bổ nhiệm, bổ nhiệm lại, giới thiệu ứng cử 56"): the default body is replaced only where it is still the
-- default of V9_5 (a body edited by a user is kept). A new default paragraph CONCURRENT prints the
-- concurrent-post figures in the committee's wording ("16/17 xã, phường có Bí thư Đảng ủy đồng thời là Chủ
-- tịch HĐND"), through fig['CODE'] (any figure of any provider), only when the report's unit has communes.
-- (Written as §{…} because Flyway would read a dollar-brace as its own placeholder; replaced below.)
update report_paragraph_template
   set body = replace('Từ ngày [(§{from})] đến ngày [(§{to})], [# th:if="§{movementGroups.isEmpty()}"]chưa có quyết định nhân sự nào[/][# th:unless="§{movementGroups.isEmpty()}"]đã thực hiện [# th:each="m, s : §{movementGroups}"][(§{m.label})] [(§{m})][# th:unless="§{s.last}"], [/][/] lượt[/].',
                      '§{', chr(36) || '{'),
       version = version + 1, updated_at = now()
 where code = 'MOVEMENTS'
   and body = replace('Từ ngày [(§{from})] đến ngày [(§{to})], [# th:if="§{movements.isEmpty()}"]chưa có quyết định nhân sự nào[/][# th:unless="§{movements.isEmpty()}"]đã thực hiện [# th:each="m, s : §{movements}"][(§{m.labelLower})] [(§{m})][# th:unless="§{s.last}"], [/][/] lượt[/].',
                      '§{', chr(36) || '{');

insert into report_paragraph_template (code, name, sort_order, body) values
('CONCURRENT', 'Kiêm nhiệm chức danh chủ chốt', 35,
 replace('[# th:if="§{fig[''CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND''].total > 0}"]Đến ngày [(§{asOf})], [(§{fig[''CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND'']})]/[(§{fig[''CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND''].of})] xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch HĐND; [(§{fig[''CAREER_CONCURRENT_BI_THU_CHU_TICH_UBND'']})]/[(§{fig[''CAREER_CONCURRENT_BI_THU_CHU_TICH_UBND''].of})] xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch UBND.[/]',
         '§{', chr(36) || '{'))
on conflict (code) do nothing;
