-- org: diacritics-free name for search (filled by the application with VietnameseText.fold;
-- rows written before this column existed are back-filled here), and who set a staffing quota.
alter table org_unit_version add column name_folded varchar(300);
update org_unit_version set name_folded = lower(translate(name,
    'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'))
where name_folded is null;
create index org_unit_version_name_folded on org_unit_version using gin (name_folded gin_trgm_ops);
create index org_unit_version_open on org_unit_version (unit_id) where valid_to is null;
create index org_restructuring_link_predecessor on org_restructuring_link (predecessor_id);
create index org_unit_version_restructuring on org_unit_version (restructuring_id);

alter table org_staffing_quota add column updated_at timestamptz not null default now();
alter table org_staffing_quota add column updated_by varchar(100) not null default 'system';
