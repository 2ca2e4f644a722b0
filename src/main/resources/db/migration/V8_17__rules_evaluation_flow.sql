-- issue 15 (helper ev-flow): the quarterly roll-up documented, and the party member's removal-from-the-rolls alert.
-- EVA-05: how quarterly scores roll up to the year is [U] (regulations.md §7.2): AVERAGE (default), LAST, LOWEST.
update rule_parameter
set name = 'Cách tổng hợp điểm các quý thành điểm đề xuất của năm (AVERAGE: trung bình cộng điểm các quý đã chốt; LAST: điểm quý gần nhất; LOWEST: điểm quý thấp nhất)',
    note = 'Mặc định AVERAGE: trung bình cộng điểm chính thức các quý trong năm, làm tròn nửa lên đến 2 chữ số thập phân; xếp loại theo ngưỡng điểm (eval.level.*). Quy định chưa xác định cách tổng hợp [U]. Quý không có điểm không được tính.'
where key = 'eval.quarter_rollup';
-- EVA-08: a party member who violated membership standards 2 years in a row: the chi bộ proposes xóa tên
-- (QĐ 24-QĐ/TW 8.1, regulations.md §9.6). Whether "không hoàn thành nhiệm vụ" in a PARTY_MEMBER evaluation equals
-- "vi phạm tư cách đảng viên" is [U] (§7.4): the ratings that count and the number of years are parameters.
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note) values
('alerts.party_removal_years', 'EVA-08',
 'Cảnh báo xóa tên đảng viên: số năm liên tiếp vi phạm tư cách đảng viên (theo kết quả đánh giá đảng viên chính thức)',
 '2', 'WARN', 'Quy định 24-QĐ/TW, điểm 8.1 (thi hành Điều lệ Đảng)', '2020-01-01', null,
 'Xét các năm đánh giá đảng viên liên tiếp gần nhất đã có kết quả chính thức (năm hiện tại nếu đã chốt, nếu không thì năm trước).'),
('alerts.party_removal_ratings', 'EVA-08',
 'Cảnh báo xóa tên đảng viên: các mức xếp loại được coi là vi phạm tư cách đảng viên',
 'INCOMPLETE', 'WARN', 'Quy định 24-QĐ/TW, điểm 8.1; Quy định 366-QĐ/TW [U: "không hoàn thành nhiệm vụ" có đồng nghĩa "vi phạm tư cách đảng viên" chưa xác định]',
 '2020-01-01', null, 'Mặc định: Không hoàn thành nhiệm vụ (INCOMPLETE).');
