-- issue 13, point 5 (helper app): APP-11 (Party committee ages for the 2025–2030 congresses, Chỉ thị 45-CT/TW of
-- 14/4/2025) and APP-12 (policy groups of cadres not old enough to be re-elected, Nghị định 177/2024/NĐ-CP) as
-- effective-dated parameters. Both count the months left at the congress date through rules.RemainingTime.months.
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, note) values
('committee.min_remaining_months_first', 'APP-11',
 'Thời gian công tác còn lại tối thiểu khi tham gia lần đầu cấp ủy, chính quyền, Mặt trận Tổ quốc (tháng, tính đến thời điểm đại hội)',
 '60', 'WARN', 'Chỉ thị 45-CT/TW (14/4/2025)', '2025-04-14', null),
('committee.min_remaining_months_reelection', 'APP-11',
 'Thời gian công tác còn lại tối thiểu khi tái cử cấp ủy (tháng, tính đến thời điểm đại hội)',
 '48', 'WARN', 'Chỉ thị 45-CT/TW (14/4/2025)', '2025-04-14', null),
('committee.min_remaining_months_reelection_deputy_secretary_province', 'APP-11',
 'Thời gian công tác còn lại tối thiểu khi tái cử Phó Bí thư tỉnh ủy, thành ủy (trường hợp đặc biệt; tháng, tính đến thời điểm đại hội)',
 '42', 'WARN', 'Chỉ thị 45-CT/TW (14/4/2025)', '2025-04-14', null),
('policy.not_eligible_reelection_lt_months', 'APP-12',
 'Không đủ tuổi tái cử, tái bổ nhiệm: thời gian công tác còn lại tính đến thời điểm đại hội dưới (tháng)',
 '30', 'WARN', 'Nghị định 177/2024/NĐ-CP (31/12/2024)', '2024-12-31',
 'Dưới 30 tháng: nhóm không đủ tuổi tái cử; từ 30 tháng đến 60 tháng (tính cả 60): nhóm còn đủ tuổi tái cử.'),
('policy.eligible_reelection_lt_months', 'APP-12',
 'Còn đủ tuổi tái cử, tái bổ nhiệm nhưng được chính sách: thời gian công tác còn lại tính đến thời điểm đại hội tối đa (tháng)',
 '60', 'WARN', 'Nghị định 177/2024/NĐ-CP (31/12/2024)', '2024-12-31',
 'Khoảng "30–60 tháng" hiểu là tính cả 60 tháng (còn đúng 60 tháng thuộc nhóm còn đủ tuổi tái cử); 61 tháng trở lên không thuộc nhóm nào.');
