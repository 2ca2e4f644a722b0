-- Summary report (báo cáo sơ kết, tổng kết): paragraph templates editable by an administrator, written in
-- Thymeleaf TEXT mode ([(§{total})] prints a figure; [# th:each="x : §{list}"]…[/] loops). Figures print as
-- Vietnamese numbers (1.642); §{x.pct} prints the percentage (17,07%), §{x.label} / §{x.labelLower} the label.
-- (Written here as §{…} because Flyway would read a dollar-brace as its own placeholder; replaced at the end.)
create table report_paragraph_template (
    code        varchar(40)  primary key,
    name        varchar(200) not null,
    body        text         not null,
    sort_order  int          not null default 0,
    version     int          not null default 0,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(100) not null default 'system'
);

insert into report_paragraph_template (code, name, sort_order, body) values
('HEADCOUNT', 'Số lượng cán bộ', 10,
 'Toàn [(§{scopeName})] hiện có [(§{total})] cán bộ, công chức, viên chức[# th:unless="§{levels.isEmpty()}"], trong đó [# th:each="l, s : §{levels}"][(§{l.labelLower})] [(§{l})] đồng chí[# th:unless="§{s.last}"], [/][/][/].'),
('QUALITY', 'Chất lượng đội ngũ', 20,
 'Về cơ cấu, chất lượng: nữ [(§{women})] đồng chí ([(§{women.pct})]); đảng viên [(§{party})] đồng chí ([(§{party.pct})]); người dân tộc thiểu số [(§{minority})] đồng chí ([(§{minority.pct})]); dưới 35 tuổi [(§{under35})] đồng chí ([(§{under35.pct})]); trình độ đại học trở lên [(§{degree})] đồng chí ([(§{degree.pct})]); cao cấp, cử nhân lý luận chính trị [(§{theory})] đồng chí ([(§{theory.pct})]).'),
('MOVEMENTS', 'Điều động, bổ nhiệm', 30,
 'Từ ngày [(§{from})] đến ngày [(§{to})], [# th:if="§{movements.isEmpty()}"]chưa có quyết định nhân sự nào[/][# th:unless="§{movements.isEmpty()}"]đã thực hiện [# th:each="m, s : §{movements}"][(§{m.labelLower})] [(§{m})][# th:unless="§{s.last}"], [/][/] lượt[/].'),
('TARGETS', 'Kết quả thực hiện chỉ tiêu', 40,
 '[# th:if="§{indicators.isEmpty()}"]Chưa có chỉ tiêu nào được giao trong kỳ.[/][# th:unless="§{indicators.isEmpty()}"]Kết quả thực hiện các chỉ tiêu:[# th:each="i : §{indicators}"]
- [(§{i.label})]: [(§{i})].[/][/]');

update report_paragraph_template set body = replace(body, '§{', chr(36) || '{');
