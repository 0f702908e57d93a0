-- Catalogues: reference data every service refers to by stable code.
create table kern (
    code         text primary key,
    name         text             not null,
    municipality text             not null,
    lat          double precision not null,
    lon          double precision not null,
    note         text
);

create table theme (
    code    text primary key,
    name_nl text not null,
    name_en text not null,
    source  text
);

-- A talent or training in use is retired (retired_at set), never deleted.
create table talent (
    code       text primary key,
    theme_code text not null references theme (code),
    name_nl    text not null,
    name_en    text not null,
    retired_at timestamptz
);

create table training (
    code        text primary key,
    name_nl     text not null,
    name_en     text not null,
    valid_years integer check (valid_years between 1 and 50),
    retired_at  timestamptz
);

-- The volunteer profile. availability holds 21 bits: day (0 = Monday) * 3 + part (morning, afternoon, evening).
create table volunteer (
    id            uuid primary key,
    version       bigint      not null,
    subject       text unique,
    status        text        not null,
    name          text        not null,
    email         text,
    phone         text,
    birth_year    integer,
    home_kern     text        not null references kern (code),
    max_travel_km integer     not null,
    languages     text[]      not null default '{}',
    availability  integer     not null default 0 check (availability between 0 and 2097151),
    capacity      integer     not null,
    themes        text[]      not null default '{}',
    organisations text[]      not null default '{}',
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    erased_at     timestamptz
);
create index volunteer_status_kern on volunteer (status, home_kern);
create index volunteer_name_lower on volunteer (lower(name));

create table volunteer_talent (
    volunteer_id uuid    not null references volunteer (id) on delete cascade,
    talent_code  text    not null references talent (code),
    level        integer not null check (level between 1 and 3),
    primary key (volunteer_id, talent_code)
);
create index volunteer_talent_code on volunteer_talent (talent_code, level);

create table absence (
    id           uuid primary key,
    volunteer_id uuid not null references volunteer (id) on delete cascade,
    starts_on    date not null,
    ends_on      date not null,
    check (ends_on >= starts_on)
);
create index absence_volunteer on absence (volunteer_id);

-- Screening ("opleiden"): the VOG certificate and completed trainings.
create table vog (
    volunteer_id uuid primary key references volunteer (id) on delete cascade,
    issued_on    date not null
);

create table training_record (
    volunteer_id  uuid not null references volunteer (id) on delete cascade,
    training_code text not null references training (code),
    completed_on  date not null,
    expires_on    date,
    primary key (volunteer_id, training_code)
);
create index training_record_expiry on training_record (expires_on);

create table consent (
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    purpose      text        not null,
    given_at     timestamptz not null,
    withdrawn_at timestamptz,
    primary key (volunteer_id, purpose)
);
