-- issue 16 (helper tr-core): the form of a training course (khóa, lớp) is tập trung, không tập trung or trực tuyến;
-- the first two are in TRAINING_FORM already (V2_3), trực tuyến is added.
insert into catalog_item (catalog, code, name, name_en, sort_order, attributes)
values ('TRAINING_FORM', 'TRUC_TUYEN', 'Trực tuyến', 'Online', 90, '{}'::jsonb)
on conflict (catalog, code) do nothing;
