-- documents module: editable Word templates of decision documents (quyết định), filled with poi-tl tags.
create table document_template (
    code           varchar(40)  primary key,
    name           varchar(200) not null,
    -- comma-separated decision types the template serves (APPOINTMENT, TRANSFER, ROTATION, SALARY_RAISE, RETIREMENT…)
    decision_types varchar(300) not null default '',
    content        bytea        not null,
    version        integer      not null default 1,
    -- true while the content is the default file shipped under classpath:documents/templates/
    built_in       boolean      not null default true,
    updated_by     varchar(100) not null,
    updated_at     timestamptz  not null default now()
);

-- every content a template ever had (replacing a template never loses the previous file)
create table document_template_version (
    code        varchar(40)  not null references document_template (code),
    version     integer      not null,
    content     bytea        not null,
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null,
    primary key (code, version)
);
