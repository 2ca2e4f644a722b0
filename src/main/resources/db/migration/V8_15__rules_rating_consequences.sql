-- issue 15 (helper ev-effects): the consequences of the final annual ratings as effective-dated parameters, each
-- version citing the text in force then (as V8_2 does).
-- APP-14: an appointment, promotion, designation or reappointment of someone rated "không hoàn thành nhiệm vụ" in
-- one of their last N final annual ratings warns (N = 1: the last rated year). How many years are looked at is [U].
-- EVA-07: N consecutive years rated "không hoàn thành nhiệm vụ" raise the career alert (miễn nhiệm / cho thôi làm
-- nhiệm vụ for cán bộ and leaders, buộc thôi việc for công chức, regulations.md §7.4, APP-10).
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note) values
('appoint.incomplete_rating_years', 'APP-14',
 'Bổ nhiệm, bổ nhiệm lại người bị xếp loại không hoàn thành nhiệm vụ: số năm đánh giá gần nhất được xét',
 '1', 'WARN', 'Quy định 105-QĐ/TW (2017) [U: số năm xét chưa xác định]', '2021-01-01', '2022-08-18',
 'Số năm xét chưa được văn bản xác định: mặc định 1 (năm được đánh giá gần nhất).'),
('appoint.incomplete_rating_years', 'APP-14',
 'Bổ nhiệm, bổ nhiệm lại người bị xếp loại không hoàn thành nhiệm vụ: số năm đánh giá gần nhất được xét',
 '1', 'WARN', 'Quy định 80-QĐ/TW (18/8/2022) [U: số năm xét chưa xác định]', '2022-08-18', '2025-10-08',
 'Số năm xét chưa được văn bản xác định: mặc định 1 (năm được đánh giá gần nhất).'),
('appoint.incomplete_rating_years', 'APP-14',
 'Bổ nhiệm, bổ nhiệm lại người bị xếp loại không hoàn thành nhiệm vụ: số năm đánh giá gần nhất được xét',
 '1', 'WARN', 'Nghị định 170/2025/NĐ-CP Điều 29 (tiêu chuẩn, điều kiện bổ nhiệm); Quy định 377-QĐ/TW (2025) [U: số năm xét chưa xác định]',
 '2025-10-08', null,
 'Số năm xét chưa được văn bản xác định: mặc định 1 (năm được đánh giá gần nhất).'),
('alerts.incomplete_consecutive_years', 'EVA-07',
 'Cảnh báo miễn nhiệm, cho thôi làm nhiệm vụ (cán bộ, lãnh đạo) hoặc buộc thôi việc (công chức): số năm liên tiếp không hoàn thành nhiệm vụ',
 '2', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019); Nghị định 90/2020/NĐ-CP', '2021-01-01', '2025-10-08',
 'Xét các năm đánh giá liên tiếp gần nhất đã có kết quả chính thức.'),
('alerts.incomplete_consecutive_years', 'EVA-07',
 'Cảnh báo miễn nhiệm, cho thôi làm nhiệm vụ (cán bộ, lãnh đạo) hoặc buộc thôi việc (công chức): số năm liên tiếp không hoàn thành nhiệm vụ',
 '2', 'WARN', 'Luật Cán bộ, công chức; Quy định 377-QĐ/TW (2025) (APP-10, trước đây Quy định 41-QĐ/TW)', '2025-10-08', null,
 'Xét các năm đánh giá liên tiếp gần nhất đã có kết quả chính thức.');
