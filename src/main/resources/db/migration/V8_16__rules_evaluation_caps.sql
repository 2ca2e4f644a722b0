-- issue 15 (helper ev-quota): the remaining quotas and caps of evaluation (regulations.md §7.1, §7.3, §9.4) as
-- effective-dated parameters. Each subject of an individual or party-member campaign falls under ONE quota rule:
-- the NĐ 48/2023 cap when its regime is listed in eval.quota.nd48_regimes, otherwise the quota of V8_13
-- (eval.quota.excellent_pct: NĐ 335/2025 for công chức, HD 21-HD/BTCTW for party members). Collective campaigns
-- have their own quota (eval.quota.collective_*). Denominators: GOOD = the number rated HTTNV; RATED = the number
-- rated at any level. "Không quá x%" is read as floor(x% × denominator) as in V8_13.
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note) values
('eval.quota.denominator', 'EVA-03', 'Mẫu số của tỷ lệ Hoàn thành xuất sắc nhiệm vụ (GOOD: số được xếp loại Hoàn thành tốt nhiệm vụ; RATED: tổng số được xếp loại)',
 'GOOD', 'BLOCK', 'Nghị định 335/2025/NĐ-CP (công chức); Hướng dẫn 21-HD/BTCTW (2019) (đảng viên)', '2020-01-01', null, null),
('eval.quota.grouping.PARTY_MEMBER', 'EVA-03', 'Phạm vi tính tỷ lệ Hoàn thành xuất sắc nhiệm vụ của đảng viên (GRASSROOTS_UNIT: từng tổ chức cơ sở đảng; UNIT: từng cơ quan, đơn vị)',
 'GRASSROOTS_UNIT', 'BLOCK', 'Hướng dẫn 21-HD/BTCTW (2019): "trong mỗi tổ chức cơ sở đảng"; Quy định 366-QĐ/TW chưa xác định [U]', '2020-01-01', null,
 'Chưa có tổ chức đảng trong hệ thống: tổ chức cơ sở đảng được hiểu là đơn vị cấp xã cao nhất trên đường từ gốc của đợt đến đơn vị (đảng bộ xã, phường); đơn vị không thuộc cấp xã được tính theo đơn vị con trực tiếp của gốc đợt chứa nó (đảng bộ, chi bộ cơ sở của sở, ngành); đơn vị gốc tính riêng.'),
('eval.quota.nd48_regimes', 'EVA-03', 'Tỷ lệ Hoàn thành xuất sắc nhiệm vụ theo Nghị định 48/2023/NĐ-CP: áp dụng cho các quy định đánh giá',
 'ND_90_2020', 'BLOCK', 'Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP', '2023-07-17', null,
 'Cán bộ, viên chức; công chức trước 01/01/2026 (được đánh giá theo NĐ 90/2020).'),
('eval.quota.nd48_pct', 'EVA-03', 'Tỷ lệ Hoàn thành xuất sắc nhiệm vụ tối đa của cán bộ, công chức, viên chức trong cùng cơ quan, đơn vị và nhóm nhiệm vụ tương đồng (% mẫu số; làm tròn xuống)',
 '20', 'BLOCK', 'Nghị định 48/2023/NĐ-CP (khoản sửa đổi Điều 20 NĐ 90/2020): không vượt quá tỷ lệ đảng viên HTXSNV theo quy định của Đảng; Hướng dẫn 21-HD/BTCTW (2019): 20% số HTTNV', '2023-07-17', null,
 'Cách hiểu: "tỷ lệ HTXSNV không vượt quá tỷ lệ đảng viên HTXSNV theo quy định của Đảng" = số HTXSNV ≤ floor(tỷ lệ của Đảng × số HTTNV), trong cùng cơ quan, đơn vị và nhóm có nhiệm vụ tương đồng (eval.quota.grouping). Khi Đảng đổi tỷ lệ (QĐ 366 chưa xác định [U]), tạo phiên bản mới của tham số này.'),
('eval.quota.nd48_denominator', 'EVA-03', 'Mẫu số của tỷ lệ theo Nghị định 48/2023/NĐ-CP (GOOD: số được xếp loại Hoàn thành tốt nhiệm vụ, như quy định của Đảng; RATED: tổng số được xếp loại)',
 'GOOD', 'BLOCK', 'Hướng dẫn 21-HD/BTCTW (2019), áp dụng theo Nghị định 48/2023/NĐ-CP', '2023-07-17', null, null),
('eval.quota.collective_pct', 'EVA-03', 'Số tập thể được xếp loại Hoàn thành xuất sắc nhiệm vụ tối đa trong một đợt đánh giá (% mẫu số; làm tròn xuống)',
 '20', 'WARN', 'Quy định 366-QĐ/TW (2025) [U: tỷ lệ đối với tập thể chưa xác định]; Nghị định 335/2025/NĐ-CP (ngoại lệ tổ chức có thành tích xuất sắc, câu chữ chưa xác định [U])', '2020-01-01', null,
 'Tính trên toàn đợt đánh giá tập thể. Tập thể được ghi nhận "có thành tích xuất sắc" (kèm lý do) không tính vào số HTXSNV. Chế độ WARN: vượt tỷ lệ phải ghi lý do khi chốt kết quả.'),
('eval.quota.collective_denominator', 'EVA-03', 'Mẫu số của tỷ lệ tập thể Hoàn thành xuất sắc nhiệm vụ (GOOD: số tập thể Hoàn thành tốt nhiệm vụ; RATED: tổng số tập thể được xếp loại)',
 'GOOD', 'WARN', 'Quy định 366-QĐ/TW (2025) [U]', '2020-01-01', null, null),
-- the leader's cap by the rating of the unit they lead
('eval.cap.leader_regimes', 'EVA-06', 'Người giữ chức danh lãnh đạo, quản lý không được xếp loại cao hơn mức của đơn vị mình phụ trách: áp dụng cho các quy định đánh giá',
 'QD_366_2025,ND_90_2020,ND_335_2025', 'BLOCK', 'Quy định 366-QĐ/TW Điều 11 (lãnh đạo HTXSNV, HTTNV: đơn vị phụ trách hoàn thành tương ứng); Nghị định 90/2020/NĐ-CP (người quản lý HTTNV: đơn vị thuộc quyền ít nhất HTNV) [S]', '2020-01-01', null,
 'Đơn vị phụ trách: đơn vị nơi người có chức danh lãnh đạo (thuộc tính leader của chức danh) được đánh giá, khi đơn vị đó đã có kết quả xếp loại chính thức trong một đợt đánh giá tập thể có kỳ giao với kỳ đánh giá. Chưa có kết quả chính thức của đơn vị: không giới hạn. Chế độ WARN: vượt giới hạn phải ghi lý do khi chốt kết quả.'),
('eval.cap.leader_mapping', 'EVA-06', 'Mức xếp loại cao nhất của người lãnh đạo theo mức của đơn vị phụ trách (mức đơn vị:mức tối đa của người lãnh đạo)',
 'EXCELLENT:EXCELLENT,GOOD:GOOD,COMPLETE:COMPLETE,INCOMPLETE:INCOMPLETE', 'BLOCK', 'Quy định 366-QĐ/TW Điều 11; Nghị định 90/2020/NĐ-CP [S]', '2020-01-01', null,
 'Mặc định: không cao hơn mức của đơn vị. Chế độ (BLOCK/WARN) của giới hạn là chế độ của tham số eval.cap.leader_regimes.');
