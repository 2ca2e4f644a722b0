-- Fix of V2_3: the codes V.07.03.29 / V.07.03.28 are PRIMARY-school teachers (giáo viên tiểu học hạng III / II,
-- TT 02/2021/TT-BGDĐT), not lower-secondary (THCS) teachers; their pay tables (A1, A2.2) were right.
-- The lower-secondary titles have their own codes (TT 03/2021/TT-BGDĐT): hạng III V.07.04.32 (A1), hạng II V.07.04.31 (A2.2).
update catalog_item set name = 'Giáo viên tiểu học hạng III', name_en = 'Primary teacher, grade III', version = version + 1
where catalog = 'RANK' and code = 'V.07.03.29';
update catalog_item set name = 'Giáo viên tiểu học hạng II', name_en = 'Primary teacher, grade II', version = version + 1
where catalog = 'RANK' and code = 'V.07.03.28';

insert into catalog_item (catalog, code, name, name_en, sort_order, attributes) values
('RANK','V.07.04.32','Giáo viên THCS hạng III','Lower-secondary teacher, grade III',85,'{"payTable": "A1", "coefficients": "2.34,2.67,3.00,3.33,3.66,3.99,4.32,4.65,4.98", "raiseMonths": "36"}'::jsonb),
('RANK','V.07.04.31','Giáo viên THCS hạng II','Lower-secondary teacher, grade II',95,'{"payTable": "A2.2", "coefficients": "4.00,4.34,4.68,5.02,5.36,5.70,6.04,6.38", "raiseMonths": "36"}'::jsonb)
on conflict (catalog, code) do nothing;
