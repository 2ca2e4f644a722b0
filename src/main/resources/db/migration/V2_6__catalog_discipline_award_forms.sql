-- Issue 15 (ev-honours), points 1 and 2: which discipline form applies to whom, and the award forms the issue lists.
--
-- DISCIPLINE_FORM attributes (read by people.DisciplineForms, never hard-coded there):
--   categories  the person categories (people.PersonCategory) to which the form applies as a STATE (ADMINISTRATIVE)
--               form; absent or empty = not a state form.
--                 cán bộ (CADRE):                Luật CBCC 2008 Art. 78 — khiển trách, cảnh cáo, cách chức (bãi nhiệm
--                                                is not a catalog form);
--                 công chức (CIVIL_SERVANT):     Luật CBCC 2008 Art. 79 — khiển trách, cảnh cáo, hạ bậc lương, giáng
--                                                chức, cách chức, buộc thôi việc. [U] Luật CBCC 2025 (80/2025/QH15,
--                                                from 1/7/2025) is reported to drop hạ bậc lương; not verified, kept;
--                 viên chức (PUBLIC_EMPLOYEE):   Luật Viên chức 2010 Art. 52 — khiển trách, cảnh cáo, cách chức, buộc
--                                                thôi việc;
--                 không chuyên trách (NON_SPECIALISED): [U] no statute lists their forms; khiển trách, cảnh cáo;
--                 hợp đồng (CONTRACT):           Bộ luật Lao động 2019 Art. 124 — khiển trách, cách chức (kéo dài
--                                                thời hạn nâng lương and sa thải are not catalog forms) [U: mapping].
--   effectMonths  the period during which a state form has effect, from its effective date, per category
--               ("CATEGORY:months,…"); the default of valid_to when none is given. Luật CBCC sửa đổi 2019 Art. 82(2)
--               (cán bộ, công chức): 12 months for khiển trách, cảnh cáo, hạ bậc lương; 18 months for giáng chức,
--               cách chức. Luật Viên chức sửa đổi 2019 Art. 56(2): 6 months khiển trách, 12 months cảnh cáo, cách
--               chức. Non-specialised and contract staff: [U] 12 months (as CBCC) for the forms they have.
--               A form without months for a category (buộc thôi việc) has no end: valid_to stays empty.
--   party       "true": a Party form (Điều lệ Đảng Art. 35: khiển trách, cảnh cáo, cách chức, khai trừ);
--   probationary "true": also for a probationary member (đảng viên dự bị: khiển trách, cảnh cáo only);
--   massOrg     "true": a form of a mass organisation (đoàn thể) [U: their charters; the party list is used].
update catalog_item set attributes = attributes || jsonb_build_object(
        'categories', 'CADRE,CIVIL_SERVANT,PUBLIC_EMPLOYEE,NON_SPECIALISED,CONTRACT',
        'effectMonths', 'CADRE:12,CIVIL_SERVANT:12,PUBLIC_EMPLOYEE:6,NON_SPECIALISED:12,CONTRACT:12',
        'party', 'true', 'probationary', 'true', 'massOrg', 'true')
 where catalog = 'DISCIPLINE_FORM' and code = 'KHIEN_TRACH';
update catalog_item set attributes = attributes || jsonb_build_object(
        'categories', 'CADRE,CIVIL_SERVANT,PUBLIC_EMPLOYEE,NON_SPECIALISED',
        'effectMonths', 'CADRE:12,CIVIL_SERVANT:12,PUBLIC_EMPLOYEE:12,NON_SPECIALISED:12',
        'party', 'true', 'probationary', 'true', 'massOrg', 'true')
 where catalog = 'DISCIPLINE_FORM' and code = 'CANH_CAO';
update catalog_item set attributes = attributes || jsonb_build_object(
        'categories', 'CIVIL_SERVANT',
        'effectMonths', 'CIVIL_SERVANT:12',
        'party', 'false', 'probationary', 'false', 'massOrg', 'false')
 where catalog = 'DISCIPLINE_FORM' and code = 'HA_BAC_LUONG';
update catalog_item set attributes = attributes || jsonb_build_object(
        'categories', 'CIVIL_SERVANT',
        'effectMonths', 'CIVIL_SERVANT:18',
        'party', 'false', 'probationary', 'false', 'massOrg', 'false')
 where catalog = 'DISCIPLINE_FORM' and code = 'GIANG_CHUC';
update catalog_item set attributes = attributes || jsonb_build_object(
        'categories', 'CADRE,CIVIL_SERVANT,PUBLIC_EMPLOYEE,CONTRACT',
        'effectMonths', 'CADRE:18,CIVIL_SERVANT:18,PUBLIC_EMPLOYEE:12,CONTRACT:12',
        'party', 'true', 'probationary', 'false', 'massOrg', 'true')
 where catalog = 'DISCIPLINE_FORM' and code = 'CACH_CHUC';
update catalog_item set attributes = attributes || jsonb_build_object(
        'categories', 'CIVIL_SERVANT,PUBLIC_EMPLOYEE',
        'effectMonths', '',
        'party', 'false', 'probationary', 'false', 'massOrg', 'false')
 where catalog = 'DISCIPLINE_FORM' and code = 'BUOC_THOI_VIEC';
update catalog_item set attributes = attributes || jsonb_build_object(
        'categories', '',
        'effectMonths', '',
        'party', 'true', 'probationary', 'false', 'massOrg', 'true')
 where catalog = 'DISCIPLINE_FORM' and code = 'KHAI_TRU';

-- AWARD_FORM: the forms the issue lists (Luật Thi đua, khen thưởng 2022). Existing codes are kept (rows that use them
-- stay valid); new ones are added. Huy hiệu Đảng belongs to the party module, not here.
insert into catalog_item (catalog, code, name, name_en, sort_order, attributes) values
('AWARD_FORM','HC_QUAN_CONG','Huân chương Quân công',null,35,'{}'::jsonb),
('AWARD_FORM','HC_BVTQ','Huân chương Bảo vệ Tổ quốc',null,65,'{}'::jsonb),
('AWARD_FORM','HC_HUU_NGHI','Huân chương Hữu nghị',null,66,'{}'::jsonb),
('AWARD_FORM','HUY_CHUONG','Huy chương',null,67,'{}'::jsonb),
('AWARD_FORM','BK_TW','Bằng khen của Ban, cơ quan Đảng, đoàn thể Trung ương',null,95,'{}'::jsonb),
('AWARD_FORM','BK_TINH_UY','Bằng khen của Ban Thường vụ Tỉnh ủy',null,85,'{}'::jsonb),
('AWARD_FORM','CO_THI_DUA','Cờ thi đua',null,115,'{}'::jsonb),
('AWARD_FORM','KNC_XDD','Kỷ niệm chương "Vì sự nghiệp công tác tổ chức xây dựng Đảng"',
    'Commemorative medal "For the cause of Party organisation building"',155,'{}'::jsonb),
('AWARD_FORM','DANH_HIEU_TAP_THE','Tập thể lao động xuất sắc',null,135,'{"collective": "true"}'::jsonb),
('AWARD_FORM','TAP_THE_LDTT','Tập thể lao động tiên tiến',null,136,'{"collective": "true"}'::jsonb)
on conflict (catalog, code) do nothing;
