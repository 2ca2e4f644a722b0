-- issue 13, point 7: the real history of each rule parameter. V8_1 seeded one version per parameter and cited
-- texts before they existed (QĐ 377-QĐ/TW of 08/10/2025, NĐ 170/2025 in force 01/07/2025, QĐ 727/QĐ-BNV in force
-- 09/07/2025, TT 03/2021/TT-BNV from 2013). Each seeded version keeps its row (and id) and becomes the latest
-- version, starting when its text took effect; the versions before it cite the text then in force
-- (regulations.md §4, §5, §6, §8.3, §3.6). "[U]" in a legal basis marks what regulations.md leaves unconfirmed
-- (the rules page shows it as a badge); keep the mark when changing such a version.

-- Party cadre work: QĐ 105-QĐ/TW (2017) → QĐ 80-QĐ/TW (18/08/2022) → QĐ 377-QĐ/TW (08/10/2025, in effect on signature).
update rule_parameter set effective_from = '2025-10-08'
 where key in ('reappoint.notice_working_days', 'appoint.after_discipline_months.khien_trach',
               'appoint.after_discipline_months.canh_cao', 'appoint.after_discipline_months.cach_chuc')
   and effective_from = '2021-01-01' and effective_to is null;
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note)
select p.key, p.rule_id, p.name, p.value, p.mode, v.basis, v.f::date, v.t::date, 'issue 13: lịch sử văn bản'
  from rule_parameter p
  join (values
    ('reappoint.notice_working_days', 'Quy định 105-QĐ/TW (2017) [U: giá trị chưa xác minh]', '2021-01-01', '2022-08-18'),
    ('reappoint.notice_working_days', 'Quy định 80-QĐ/TW (18/8/2022) [U: giá trị chưa xác minh]', '2022-08-18', '2025-10-08'),
    ('appoint.after_discipline_months.khien_trach', 'Quy định 105-QĐ/TW (2017) [U: giá trị chưa xác minh]', '2021-01-01', '2022-08-18'),
    ('appoint.after_discipline_months.khien_trach', 'Quy định 80-QĐ/TW (18/8/2022) [U: giá trị chưa xác minh]', '2022-08-18', '2025-10-08'),
    ('appoint.after_discipline_months.canh_cao', 'Quy định 105-QĐ/TW (2017) [U: giá trị chưa xác minh]', '2021-01-01', '2022-08-18'),
    ('appoint.after_discipline_months.canh_cao', 'Quy định 80-QĐ/TW (18/8/2022) [U: giá trị chưa xác minh]', '2022-08-18', '2025-10-08'),
    ('appoint.after_discipline_months.cach_chuc', 'Quy định 105-QĐ/TW (2017) [U: giá trị chưa xác minh]', '2021-01-01', '2022-08-18'),
    ('appoint.after_discipline_months.cach_chuc', 'Quy định 80-QĐ/TW (18/8/2022) [U: giá trị chưa xác minh]', '2022-08-18', '2025-10-08')
  ) as v(key, basis, f, t) on v.key = p.key
 where p.effective_from = '2025-10-08' and p.effective_to is null;

-- Công chức: NĐ 138/2020/NĐ-CP → NĐ 170/2025/NĐ-CP (in effect 01/07/2025); QĐ 727/QĐ-BNV in effect 09/07/2025.
update rule_parameter set effective_from = '2025-07-01'
 where key in ('appoint.term_months', 'rotation.min_remaining_years', 'probation.months')
   and effective_from = '2021-01-01' and effective_to is null;
update rule_parameter set effective_from = '2025-07-09',
       legal_basis = 'Nghị định 170/2025/NĐ-CP (thay thế Nghị định 138/2020/NĐ-CP Điều 56) [U: điều khoản]; Quyết định 727/QĐ-BNV (2025)'
 where key = 'rotation.min_remaining_years' and effective_from = '2025-07-01' and effective_to is null;
update rule_parameter set legal_basis = 'Nghị định 170/2025/NĐ-CP (công chức) [U: điều khoản, giá trị theo ngạch]; Nghị định 115/2020/NĐ-CP (viên chức)'
 where key = 'probation.months' and effective_from = '2025-07-01' and effective_to is null;
update rule_parameter set effective_from = '2025-07-09'
 where key in ('retire.notice_months', 'retire.decision_months', 'reappoint.extend_to_retirement_if_remaining_lt')
   and effective_from = '2021-01-01' and effective_to is null;
update rule_parameter set legal_basis = 'Thông lệ (QĐ 3268/QĐ-BGDĐT 2018); Quyết định 727/QĐ-BNV (2025) — giá trị theo NĐ 170/2025 chưa xác định [U]'
 where key = 'reappoint.extend_to_retirement_if_remaining_lt' and effective_from = '2025-07-09' and effective_to is null;
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note)
select p.key, p.rule_id, p.name, p.value, p.mode, v.basis, v.f::date, v.t::date, 'issue 13: lịch sử văn bản'
  from rule_parameter p
  join (values
    ('appoint.term_months', 'Nghị định 138/2020/NĐ-CP (công chức); Nghị định 115/2020/NĐ-CP, sửa đổi bởi Nghị định 85/2023/NĐ-CP (viên chức) [U: điều khoản]', '2021-01-01', '2025-07-01'),
    ('rotation.min_remaining_years', 'Nghị định 138/2020/NĐ-CP Điều 56', '2021-01-01', '2025-07-01'),
    ('rotation.min_remaining_years', 'Nghị định 170/2025/NĐ-CP (thay thế Nghị định 138/2020/NĐ-CP Điều 56) [U: điều khoản]', '2025-07-01', '2025-07-09'),
    ('probation.months', 'Nghị định 138/2020/NĐ-CP Điều 20 (công chức); Nghị định 115/2020/NĐ-CP (viên chức) — cần xác minh theo ngạch [U]', '2021-01-01', '2025-07-01'),
    ('retire.notice_months', 'Luật CBCC 2008 Điều 60', '2021-01-01', '2025-07-09'),
    ('retire.decision_months', 'Luật CBCC 2008 Điều 60', '2021-01-01', '2025-07-09'),
    ('reappoint.extend_to_retirement_if_remaining_lt', 'Thông lệ (QĐ 3268/QĐ-BGDĐT 2018) [U]', '2021-01-01', '2025-07-09')
  ) as v(key, basis, f, t) on v.key = p.key
 where p.effective_to is null and p.effective_from in ('2025-07-01', '2025-07-09');

-- Rotation: QĐ 98-QĐ/TW (2017) → QĐ 65-QĐ/TW (28/04/2022) Art. 8; NĐ 170/2025 Art. 48 from 01/07/2025.
update rule_parameter set effective_from = '2025-07-01'
 where key = 'rotation.min_months' and effective_from = '2021-01-01' and effective_to is null;
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note)
select p.key, p.rule_id, p.name, p.value, p.mode, v.basis, v.f::date, v.t::date, 'issue 13: lịch sử văn bản'
  from rule_parameter p
  join (values
    ('rotation.min_months', 'Quy định 98-QĐ/TW (2017); Nghị định 138/2020/NĐ-CP [U: giá trị, điều khoản]', '2021-01-01', '2022-04-28'),
    ('rotation.min_months', 'Quy định 65-QĐ/TW (2022) Điều 8; Nghị định 138/2020/NĐ-CP', '2022-04-28', '2025-07-01')
  ) as v(key, basis, f, t) on v.key = p.key
 where p.effective_from = '2025-07-01' and p.effective_to is null;

-- Salary raises: TT 08/2013/TT-BNV, amended by TT 03/2021/TT-BNV (in effect 15/08/2021 [U: date]).
update rule_parameter set effective_from = '2021-08-15',
       legal_basis = 'Thông tư 08/2013/TT-BNV Điều 2 (sửa đổi bởi TT 03/2021/TT-BNV, hiệu lực 15/8/2021 [U: ngày hiệu lực])'
 where key in ('salary.step_months_high', 'salary.step_months_low')
   and effective_from = '2013-09-01' and effective_to is null;
update rule_parameter set effective_from = '2021-08-15',
       legal_basis = 'Thông tư 08/2013/TT-BNV Điều 3 (sửa đổi bởi TT 03/2021/TT-BNV) — tỷ lệ hiện hành chưa xác định [U]'
 where key = 'salary.early_raise_quota_pct' and effective_from = '2013-09-01' and effective_to is null;
insert into rule_parameter (key, rule_id, name, value, mode, legal_basis, effective_from, effective_to, note)
select p.key, p.rule_id, p.name, p.value, p.mode, v.basis, v.f::date, v.t::date, 'issue 13: lịch sử văn bản'
  from rule_parameter p
  join (values
    ('salary.step_months_high', 'Thông tư 08/2013/TT-BNV Điều 2 khoản 1 điểm a', '2013-09-01', '2021-08-15'),
    ('salary.step_months_low', 'Thông tư 08/2013/TT-BNV Điều 2 khoản 1 điểm a', '2013-09-01', '2021-08-15'),
    ('salary.early_raise_quota_pct', 'Thông tư 08/2013/TT-BNV Điều 3', '2013-09-01', '2021-08-15')
  ) as v(key, basis, f, t) on v.key = p.key
 where p.effective_from = '2021-08-15' and p.effective_to is null;

-- Values regulations.md leaves unconfirmed, said so (no new version: the seeded text is corrected).
update rule_parameter set legal_basis = 'Nghị định 204/2004/NĐ-CP; Thông tư 08/2013/TT-BNV [U: mốc 36/24 tháng]'
 where key in ('salary.seniority_first_pct', 'salary.seniority_yearly_pct') and effective_to is null
   and legal_basis = 'Nghị định 204/2004/NĐ-CP; Thông tư 08/2013/TT-BNV';
update rule_parameter set legal_basis = 'Nghị định 170/2025/NĐ-CP Điều 28 [S: điều khoản]; Nghị định 85/2023/NĐ-CP (viên chức)'
 where key = 'appoint.term_months' and effective_from = '2025-07-01' and effective_to is null;
