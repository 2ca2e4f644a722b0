-- issue 16 (helper tr-core): the training module. A course (khóa, lớp đào tạo, bồi dưỡng) of a kind, organised under a
-- unit (its scope), may confer a qualification level; a sending decision (quyết định cử đi học) enrols one or many
-- persons in one course, each enrolment is one "lượt"; a result (completed with certificate, not completed,
-- withdrawn, transferred) is recorded on the enrolment, and a completion of a course that confers a level adds that
-- qualification to the dossier (people API) — its id is kept here so that revoking the result removes it again.

-- Which level each course kind may confer (data, checked when a course is saved): the qualification kind of the
-- dossier (people.QualificationKind) and a level code of that kind's catalog (DEFENCE_SECURITY has no catalog: DT1–DT4).
create table training_kind_level (
    kind               varchar(30) not null,  -- training.CourseKind
    qualification_kind varchar(30) not null,  -- people.QualificationKind
    level_code         varchar(40) not null,
    primary key (kind, level_code)
);

insert into training_kind_level (kind, qualification_kind, level_code) values
('POLITICAL_THEORY_ELEMENTARY', 'POLITICAL_THEORY', 'SO_CAP'),
('POLITICAL_THEORY_INTERMEDIATE', 'POLITICAL_THEORY', 'TRUNG_CAP'),
('POLITICAL_THEORY_ADVANCED', 'POLITICAL_THEORY', 'CAO_CAP'),
('POLITICAL_THEORY_BACHELOR', 'POLITICAL_THEORY', 'CU_NHAN'),
('STATE_MANAGEMENT', 'STATE_MANAGEMENT', 'CAN_SU'),
('STATE_MANAGEMENT', 'STATE_MANAGEMENT', 'CHUYEN_VIEN'),
('STATE_MANAGEMENT', 'STATE_MANAGEMENT', 'CHUYEN_VIEN_CHINH'),
('STATE_MANAGEMENT', 'STATE_MANAGEMENT', 'CHUYEN_VIEN_CAO_CAP'),
('DEFENCE_SECURITY_1', 'DEFENCE_SECURITY', 'DT1'),
('DEFENCE_SECURITY_2', 'DEFENCE_SECURITY', 'DT2'),
('DEFENCE_SECURITY_3', 'DEFENCE_SECURITY', 'DT3'),
('DEFENCE_SECURITY_4', 'DEFENCE_SECURITY', 'DT4'),
('PROFESSIONAL', 'PROFESSIONAL', 'SO_CAP'),
('PROFESSIONAL', 'PROFESSIONAL', 'TRUNG_CAP'),
('COLLEGE', 'PROFESSIONAL', 'CAO_DANG'),
('UNIVERSITY', 'PROFESSIONAL', 'DAI_HOC'),
('MASTER', 'PROFESSIONAL', 'THAC_SI'),
('DOCTORATE', 'PROFESSIONAL', 'TIEN_SI'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'A'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'B'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'C'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'D'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'BAC_1'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'BAC_2'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'BAC_3'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'BAC_4'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'BAC_5'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'BAC_6'),
('FOREIGN_LANGUAGE', 'FOREIGN_LANGUAGE', 'DAI_HOC'),
('IT', 'IT', 'A'),
('IT', 'IT', 'B'),
('IT', 'IT', 'C'),
('IT', 'IT', 'CO_BAN'),
('IT', 'IT', 'NANG_CAO'),
('IT', 'IT', 'DAI_HOC');
-- TITLE_POSITION (bồi dưỡng theo tiêu chuẩn chức danh, vị trí việc làm) confers no level of the dossier.

create table training_course (
    id            bigserial    primary key,
    code          varchar(40)  not null unique,
    name          varchar(300) not null,
    kind          varchar(30)  not null,   -- training.CourseKind
    level_code    varchar(40),             -- the level it confers (training_kind_level), or none
    language_code varchar(40),             -- catalog FOREIGN_LANGUAGE, for a language course that confers a level
    unit_id       bigint       not null,   -- the organising unit: the course's scope
    organiser     varchar(300) not null,   -- e.g. Trường Chính trị tỉnh, Học viện Chính trị quốc gia
    place         varchar(300),
    form_code     varchar(40),             -- catalog TRAINING_FORM
    starts_on     date         not null,
    ends_on       date         not null,
    funding       varchar(300),
    capacity      integer,
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    created_by    varchar(100),
    updated_at    timestamptz,
    updated_by    varchar(100),
    deleted_at    timestamptz,
    deleted_by    varchar(100),
    check (ends_on >= starts_on),
    check (capacity is null or capacity > 0)
);
create index training_course_unit on training_course (unit_id) where deleted_at is null;
create index training_course_starts on training_course (starts_on) where deleted_at is null;

create table training_sending (
    id          bigserial    primary key,
    course_id   bigint       not null references training_course (id),
    number      varchar(60)  not null,
    decided_on  date         not null,
    issuer      varchar(300) not null,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100)
);
create index training_sending_course on training_sending (course_id);

create table training_enrolment (
    id                 bigserial    primary key,
    course_id          bigint       not null references training_course (id),
    sending_id         bigint       references training_sending (id),
    person_id          bigint       not null,
    starts_on          date         not null,   -- the course's start when enrolled: periods count lượt by it
    result             varchar(20),              -- training.CourseResult; null = enrolled, no result yet
    result_on          date,                     -- the day the result took effect (the certificate date if completed)
    certificate_number varchar(60),
    certificate_date   date,
    grade              varchar(60),
    result_note        varchar(500),
    qualification_id   bigint,                   -- the dossier fact the completion added (person_qualification.id)
    created_at         timestamptz  not null default now(),
    created_by         varchar(100),
    updated_at         timestamptz,
    updated_by         varchar(100),
    unique (course_id, person_id)
);
create index training_enrolment_person on training_enrolment (person_id);
create index training_enrolment_starts on training_enrolment (starts_on, course_id);
create index training_enrolment_result on training_enrolment (result_on) where result = 'COMPLETED';

-- A revoked result, kept: what it was, when and why it was revoked.
create table training_result_revocation (
    id                 bigserial    primary key,
    enrolment_id       bigint       not null references training_enrolment (id),
    result             varchar(20)  not null,
    result_on          date,
    certificate_number varchar(60),
    certificate_date   date,
    grade              varchar(60),
    qualification_id   bigint,
    revoked_on         date         not null,
    reason             varchar(500) not null,
    revoked_at         timestamptz  not null default now(),
    revoked_by         varchar(100)
);
create index training_result_revocation_enrolment on training_result_revocation (enrolment_id);
