-- Issue 18 (helper party2): the breakdowns of the party statistics forms (regulations.md §10, Hướng dẫn
-- 11-HD/BTCTW) as effective-dated parameters: the age bands (upper bounds in full years, inclusive; above the last:
-- "trên 60") and the eras of the admission date (the first day of each era after the first).
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note) values
('party.statistics_age_bands', 'PS-AGE', 'Nhóm tuổi đời của biểu thống kê đảng viên (cận trên mỗi nhóm, năm tròn; trên cận cuối: nhóm cuối)', '30,35,40,45,50,55,60', 'BLOCK', 'Hướng dẫn 11-HD/BTCTW (13/12/2021) [U: cột của biểu chưa đối chiếu]', '2021-12-13', null, 'Nhóm: 18–30, 31–35, 36–40, 41–45, 46–50, 51–55, 56–60, trên 60; tuổi tròn năm tại ngày thống kê.'),
('party.statistics_admission_eras', 'PS-ERA', 'Mốc thời kỳ vào Đảng của biểu thống kê đảng viên (ngày đầu của mỗi thời kỳ sau thời kỳ đầu)', '1945-08-19,1954-07-21,1975-05-01', 'BLOCK', 'Hướng dẫn 11-HD/BTCTW (13/12/2021) [U: cột của biểu chưa đối chiếu]', '2021-12-13', null, 'Thời kỳ: trước 19/8/1945; 19/8/1945–20/7/1954; 21/7/1954–30/4/1975; từ 1/5/1975.');
