-- issue 13, point 4: the regular raise interval of each rank is a rule parameter, not the catalog's undated
-- raiseMonths attribute (kept in the catalog as data, no longer read by the rules). TT 08/2013/TT-BNV Art. 2.1.a:
-- 36 months (salary.step_months_high) for ranks and titles requiring cao đẳng or above, 24 months
-- (salary.step_months_low) for trung cấp and below and support staff. A rank's group is its pay table's
-- (NĐ 204/2004: A3, A2, A1 and A0 — the cao đẳng table — are "high"; B, C and table 4 are "low"), unless
-- salary.step_rank_groups names the rank ("code:low" or "code:high"). A table in neither list falls back to "high".
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note) values
('salary.step_tables_high', 'SAL-01', 'Bảng lương có thời gian nâng bậc thường xuyên của ngạch yêu cầu cao đẳng trở lên (loại A3, A2, A1, A0 và các nhóm của chúng)', 'A3,A2,A1,A0', 'BLOCK',
 'Thông tư 08/2013/TT-BNV Điều 2 khoản 1 điểm a; Nghị định 204/2004/NĐ-CP (bảng 2: loại A0 áp dụng cho ngạch yêu cầu trình độ cao đẳng)', '2013-09-01', null, null),
('salary.step_tables_low', 'SAL-01', 'Bảng lương có thời gian nâng bậc thường xuyên của ngạch trung cấp trở xuống, nhân viên thừa hành, phục vụ (loại B, C, bảng 4)', 'B,C,Bảng 4', 'BLOCK',
 'Thông tư 08/2013/TT-BNV Điều 2 khoản 1 điểm a; Nghị định 204/2004/NĐ-CP (bảng 2 loại B, C; bảng 4)', '2013-09-01', null, null),
('salary.step_rank_groups', 'SAL-01', 'Ngạch có thời gian nâng bậc khác với bảng lương của ngạch (mã ngạch:low = 24 tháng, mã ngạch:high = 36 tháng)', '01.004:low,06.032:low', 'BLOCK',
 'Thông tư 08/2013/TT-BNV Điều 2 khoản 1 điểm a; Nghị định 204/2004/NĐ-CP (cán sự 01.004 xếp loại B) [U: ngày chuyển sang loại A0]; kế toán viên trung cấp 06.032 yêu cầu trình độ trung cấp', '2013-09-01', '2021-08-01', 'issue 13: lịch sử văn bản'),
('salary.step_rank_groups', 'SAL-01', 'Ngạch có thời gian nâng bậc khác với bảng lương của ngạch (mã ngạch:low = 24 tháng, mã ngạch:high = 36 tháng)', '06.032:low', 'BLOCK',
 'Thông tư 08/2013/TT-BNV Điều 2 khoản 1 điểm a; Thông tư 02/2021/TT-BNV Điều 14 (cán sự 01.004 xếp loại A0, yêu cầu cao đẳng) [U: ngày hiệu lực 01/8/2021]; kế toán viên trung cấp 06.032 yêu cầu trình độ trung cấp', '2021-08-01', null, null);
