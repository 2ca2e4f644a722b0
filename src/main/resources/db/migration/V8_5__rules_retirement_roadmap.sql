-- issue 13, points 8 and 9: the retirement-age roadmap as data (NĐ 135/2020 Phụ lục I) and the most months a
-- retirement category may move the statutory age (NĐ 135/2020 Art. 5, 6). Value of a roadmap version:
-- "year:months" pairs (the age of someone reaching it in that year; a later year without an entry keeps the
-- last one), or one number for every year. The version applying to a year is the one in force on 1 January.
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to) values
('retire.roadmap.male', 'RET-00', 'Tuổi nghỉ hưu của nam trong điều kiện lao động bình thường theo năm đủ tuổi (năm:tháng tuổi)',
 '720', 'WARN', 'Bộ luật Lao động 2012 Điều 187 (60 tuổi)', '2013-05-01', '2021-01-01'),
('retire.roadmap.male', 'RET-00', 'Tuổi nghỉ hưu của nam trong điều kiện lao động bình thường theo năm đủ tuổi (năm:tháng tuổi)',
 '2021:723, 2022:726, 2023:729, 2024:732, 2025:735, 2026:738, 2027:741, 2028:744', 'WARN',
 'Bộ luật Lao động 2019 Điều 169 khoản 2; Nghị định 135/2020/NĐ-CP Điều 4, Phụ lục I', '2021-01-01', null),
('retire.roadmap.female', 'RET-00', 'Tuổi nghỉ hưu của nữ trong điều kiện lao động bình thường theo năm đủ tuổi (năm:tháng tuổi)',
 '660', 'WARN', 'Bộ luật Lao động 2012 Điều 187 (55 tuổi)', '2013-05-01', '2021-01-01'),
('retire.roadmap.female', 'RET-00', 'Tuổi nghỉ hưu của nữ trong điều kiện lao động bình thường theo năm đủ tuổi (năm:tháng tuổi)',
 '2021:664, 2022:668, 2023:672, 2024:676, 2025:680, 2026:684, 2027:688, 2028:692, 2029:696, 2030:700, 2031:704, 2032:708, 2033:712, 2034:716, 2035:720',
 'WARN', 'Bộ luật Lao động 2019 Điều 169 khoản 2; Nghị định 135/2020/NĐ-CP Điều 4, Phụ lục I', '2021-01-01', null),
('retire.earlier_max_months', 'RET-03', 'Nghỉ hưu ở tuổi thấp hơn tuổi nghỉ hưu trong điều kiện lao động bình thường tối đa (tháng)',
 '60', 'BLOCK', 'Bộ luật Lao động 2019 Điều 169 khoản 3; Nghị định 135/2020/NĐ-CP Điều 5, Phụ lục II', '2021-01-01', null),
('retire.later_max_months', 'RET-04', 'Nghỉ hưu ở tuổi cao hơn tuổi nghỉ hưu trong điều kiện lao động bình thường tối đa (tháng)',
 '60', 'BLOCK', 'Bộ luật Lao động 2019 Điều 169 khoản 4; Nghị định 135/2020/NĐ-CP Điều 6', '2021-01-01', null);
-- What regulations.md marks unconfirmed [U], said on the rules page (the note of each version).
update rule_parameter set note = 'Theo thuật toán của Phụ lục I, nữ đủ 60 tuổi từ người sinh tháng 05/1975 (một nguồn thứ ba ghi 01/1975): chưa đối chiếu bản gốc Phụ lục I [U]'
 where key = 'retire.roadmap.female' and effective_from = '2021-01-01';
update rule_parameter set note = 'Tuổi thấp hơn = tuổi nghỉ hưu bình thường tại thời điểm nghỉ hưu trừ số tháng (Phụ lục II: nam 57 tuổi từ người sinh 04/1971 khớp; nữ 55 tuổi: thuật toán cho từ 05/1980, nguồn thứ ba ghi 01/1980) [U]'
 where key = 'retire.earlier_max_months';
update rule_parameter set note = 'Tuổi cao hơn tính như tuổi thấp hơn: tuổi nghỉ hưu bình thường tại thời điểm nghỉ hưu cộng số tháng; chưa đối chiếu văn bản gốc Điều 6, Nghị định 83/2022, Nghị định 50/2022 [U]'
 where key = 'retire.later_max_months';
