-- issue 15 (helper ev-effects): the consequences of the final annual ratings as effective-dated parameters.
-- APP-14: an appointment, promotion, designation or reappointment of someone rated "không hoàn thành nhiệm vụ" in
-- one of their last N final annual ratings warns (N = 1: the last rated year).
-- EVA-04: N consecutive years rated "không hoàn thành nhiệm vụ" raise the career alert (miễn nhiệm / cho thôi làm
-- nhiệm vụ for cán bộ and leaders, buộc thôi việc for công chức, §7.4).
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, note) values
('appoint.incomplete_rating_years', 'APP-14',
 'Bổ nhiệm, bổ nhiệm lại người bị xếp loại không hoàn thành nhiệm vụ: số năm đánh giá gần nhất được xét',
 '1', 'WARN', 'Nghị định 170/2025/NĐ-CP Điều 29 (tiêu chuẩn, điều kiện bổ nhiệm); Quy định 377-QĐ/TW (2025)', '2021-01-01',
 'Số năm xét chưa được văn bản xác định [U]: mặc định 1 (năm được đánh giá gần nhất).'),
('alerts.incomplete_consecutive_years', 'EVA-04',
 'Cảnh báo miễn nhiệm, cho thôi làm nhiệm vụ (cán bộ, lãnh đạo) hoặc buộc thôi việc (công chức): số năm liên tiếp không hoàn thành nhiệm vụ',
 '2', 'WARN', 'Luật Cán bộ, công chức; Quy định 377-QĐ/TW (2025) (trước đây Quy định 41-QĐ/TW 2021)', '2021-01-01',
 'Xét các năm đánh giá liên tiếp gần nhất đã có kết quả chính thức.');
