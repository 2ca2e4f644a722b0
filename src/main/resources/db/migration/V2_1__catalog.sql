-- catalog module: reference lists (danh mục dùng chung), effective-dated, editable by administrators.
create table catalog_item (
    catalog     varchar(40)  not null,             -- CatalogType
    code        varchar(40)  not null,
    name        varchar(300) not null,             -- Vietnamese
    name_en     varchar(300),
    sort_order  int          not null default 0,
    parent_code varchar(40),                       -- e.g. a title's group, a level's family
    attributes  jsonb        not null default '{}'::jsonb,
    valid_from  date         not null default date '1900-01-01',
    valid_to    date,                              -- exclusive; null = still valid
    version     int          not null default 0,
    primary key (catalog, code),
    check (valid_to is null or valid_to > valid_from)
);
