-- Issue 15 (ev-honours), point 1: the period during which a state (ADMINISTRATIVE) discipline has effect, by form
-- and person category, as effective-dated rule parameters (they were the catalog attribute effectMonths of V2_6,
-- values from memory; V2_7 removes that attribute). The version in force on the decision date gives the default
-- valid_to (valid_from + months) of a discipline entered without one (people.DisciplineForms through
-- people.DisciplineEffects, implemented by rules).
-- Key: discipline.effect_months.<FORM>.<CATEGORY>. No parameter for a form and category = no end (buộc thôi việc,
-- khai trừ, Party and mass-organisation forms: Điều lệ Đảng / QĐ 69-QĐ/TW set no standard period here [U]).
-- regulations.md does not quote these periods: every row is [U]. The values are those of the 2019 amendments (in
-- effect 01/7/2020); whether the 2008/2010 texts set other periods before that is [U], so the first version starts
-- on 01/01/2000 (as the catalog attribute applied them to every date).
-- Luật CBCC 80/2025/QH15 (from 01/7/2025) opens a new version for cán bộ and công chức with the same values [U].
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note) values
('discipline.effect_months.KHIEN_TRACH.CADRE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật khiển trách đối với cán bộ (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019) Điều 82 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', '2025-07-01',
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.KHIEN_TRACH.CADRE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật khiển trách đối với cán bộ (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/7/2025) [U: điều khoản và thời hạn chưa xác minh; giữ thời hạn của luật 2008 sửa đổi 2019]', '2025-07-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.KHIEN_TRACH.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật khiển trách đối với công chức (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019) Điều 82 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', '2025-07-01',
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.KHIEN_TRACH.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật khiển trách đối với công chức (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/7/2025) [U: điều khoản và thời hạn chưa xác minh; giữ thời hạn của luật 2008 sửa đổi 2019]', '2025-07-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.KHIEN_TRACH.PUBLIC_EMPLOYEE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật khiển trách đối với viên chức (tháng, tính từ ngày có hiệu lực)', '6', 'WARN', 'Luật Viên chức 2010 (sửa đổi 2019) Điều 56 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.KHIEN_TRACH.NON_SPECIALISED', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật khiển trách đối với người hoạt động không chuyên trách (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', '[U] Không có văn bản quy định thời hạn cho người hoạt động không chuyên trách: áp dụng như cán bộ, công chức (Luật CBCC Điều 82)', '2000-01-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.KHIEN_TRACH.CONTRACT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật khiển trách đối với người lao động hợp đồng (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', '[U] Bộ luật Lao động 2019 Điều 126 (thời hạn xóa kỷ luật) không trùng khái niệm: áp dụng như cán bộ, công chức', '2000-01-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CANH_CAO.CADRE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cảnh cáo đối với cán bộ (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019) Điều 82 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', '2025-07-01',
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CANH_CAO.CADRE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cảnh cáo đối với cán bộ (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/7/2025) [U: điều khoản và thời hạn chưa xác minh; giữ thời hạn của luật 2008 sửa đổi 2019]', '2025-07-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CANH_CAO.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cảnh cáo đối với công chức (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019) Điều 82 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', '2025-07-01',
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CANH_CAO.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cảnh cáo đối với công chức (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/7/2025) [U: điều khoản và thời hạn chưa xác minh; giữ thời hạn của luật 2008 sửa đổi 2019]', '2025-07-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CANH_CAO.PUBLIC_EMPLOYEE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cảnh cáo đối với viên chức (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Viên chức 2010 (sửa đổi 2019) Điều 56 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CANH_CAO.NON_SPECIALISED', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cảnh cáo đối với người hoạt động không chuyên trách (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', '[U] Không có văn bản quy định thời hạn cho người hoạt động không chuyên trách: áp dụng như cán bộ, công chức (Luật CBCC Điều 82)', '2000-01-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.HA_BAC_LUONG.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật hạ bậc lương đối với công chức (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019) Điều 82 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', '2025-07-01',
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.HA_BAC_LUONG.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật hạ bậc lương đối với công chức (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/7/2025) [U: điều khoản và thời hạn chưa xác minh; giữ thời hạn của luật 2008 sửa đổi 2019]', '2025-07-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.GIANG_CHUC.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật giáng chức đối với công chức (tháng, tính từ ngày có hiệu lực)', '18', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019) Điều 82 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', '2025-07-01',
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.GIANG_CHUC.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật giáng chức đối với công chức (tháng, tính từ ngày có hiệu lực)', '18', 'WARN', 'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/7/2025) [U: điều khoản và thời hạn chưa xác minh; giữ thời hạn của luật 2008 sửa đổi 2019]', '2025-07-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CACH_CHUC.CADRE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cách chức đối với cán bộ (tháng, tính từ ngày có hiệu lực)', '18', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019) Điều 82 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', '2025-07-01',
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CACH_CHUC.CADRE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cách chức đối với cán bộ (tháng, tính từ ngày có hiệu lực)', '18', 'WARN', 'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/7/2025) [U: điều khoản và thời hạn chưa xác minh; giữ thời hạn của luật 2008 sửa đổi 2019]', '2025-07-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CACH_CHUC.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cách chức đối với công chức (tháng, tính từ ngày có hiệu lực)', '18', 'WARN', 'Luật Cán bộ, công chức 2008 (sửa đổi 2019) Điều 82 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', '2025-07-01',
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CACH_CHUC.CIVIL_SERVANT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cách chức đối với công chức (tháng, tính từ ngày có hiệu lực)', '18', 'WARN', 'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/7/2025) [U: điều khoản và thời hạn chưa xác minh; giữ thời hạn của luật 2008 sửa đổi 2019]', '2025-07-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CACH_CHUC.PUBLIC_EMPLOYEE', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cách chức đối với viên chức (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', 'Luật Viên chức 2010 (sửa đổi 2019) Điều 56 khoản 2 [U: chưa đối chiếu trong regulations.md; áp dụng cả cho quyết định trước 01/7/2020]', '2000-01-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.'),
('discipline.effect_months.CACH_CHUC.CONTRACT', 'DIS-01', 'Thời hạn có hiệu lực của kỷ luật cách chức đối với người lao động hợp đồng (tháng, tính từ ngày có hiệu lực)', '12', 'WARN', '[U] Bộ luật Lao động 2019 Điều 126 (thời hạn xóa kỷ luật) không trùng khái niệm: áp dụng như cán bộ, công chức', '2000-01-01', null,
 'Giá trị mặc định của ngày hết hiệu lực khi quyết định không ghi; quyết định ghi thời hạn khác thì giữ thời hạn đó.');

-- Issue 15 (ev-honours), point 3: which rewards qualify a person for the early salary raise list (nâng bậc lương
-- trước thời hạn do lập thành tích xuất sắc). TT 08/2013/TT-BNV Art. 3 requires "thành tích xuất sắc ... được cấp
-- có thẩm quyền quyết định công nhận bằng văn bản" and leaves the forms to each agency's own regulation: the list
-- (catalog AWARD_FORM codes) is [U], a default of Huân chương, Bằng khen and Chiến sĩ thi đua; Giấy khen, Lao động
-- tiên tiến and Kỷ niệm chương are left out. The ≤ 12 months (salary.early_raise_max_months) and the ≤ 10% quota
-- (salary.early_raise_quota_pct, [U] after TT 03/2021) are the parameters of V8_1/V8_2.
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note) values
('salary.early_raise_award_forms', 'SAL-03',
 'Hình thức khen thưởng trong năm xét được đề nghị nâng bậc lương trước thời hạn (mã danh mục, cách nhau bởi dấu phẩy)',
 'HCSL,HCHCM,HCDL,HCLD1,HCLD2,HCLD3,HC_QUAN_CONG,HC_BVTQ,HC_HUU_NGHI,BK_TTG,BK_BO,BK_TINH,BK_TW,BK_TINH_UY,CSTD_TQ,CSTD_TINH,CSTD_CS',
 'WARN', 'Thông tư 08/2013/TT-BNV Điều 3 [U: danh sách hình thức do quy chế của cơ quan, đơn vị quy định]',
 '2013-09-01', '2021-08-15',
 'Mặc định: huân chương, bằng khen, chiến sĩ thi đua; không gồm giấy khen, lao động tiên tiến, kỷ niệm chương.'),
('salary.early_raise_award_forms', 'SAL-03',
 'Hình thức khen thưởng trong năm xét được đề nghị nâng bậc lương trước thời hạn (mã danh mục, cách nhau bởi dấu phẩy)',
 'HCSL,HCHCM,HCDL,HCLD1,HCLD2,HCLD3,HC_QUAN_CONG,HC_BVTQ,HC_HUU_NGHI,BK_TTG,BK_BO,BK_TINH,BK_TW,BK_TINH_UY,CSTD_TQ,CSTD_TINH,CSTD_CS',
 'WARN', 'Thông tư 08/2013/TT-BNV Điều 3, sửa đổi bởi Thông tư 03/2021/TT-BNV (từ 15/8/2021) [U: danh sách hình thức do quy chế của cơ quan, đơn vị quy định]',
 '2021-08-15', null,
 'Mặc định: huân chương, bằng khen, chiến sĩ thi đua; không gồm giấy khen, lao động tiên tiến, kỷ niệm chương.');
