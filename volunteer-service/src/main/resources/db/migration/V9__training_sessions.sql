-- Training sessions ("opleiden"): a course of the trainings catalogue, given on one date by one organisation.
create table training_session (
    id            uuid primary key,
    version       bigint      not null,
    training_code text        not null references training (code),
    organisation  text        not null,
    held_on       date        not null,
    starts_at     time        not null,
    ends_at       time        not null,
    kern          text        not null references kern (code),
    place         text        not null,
    trainer       text        not null,
    places        integer     not null check (places between 1 and 500),
    status        text        not null check (status in ('SCHEDULED', 'CANCELLED', 'HELD')),
    -- the sequence number the next enrolment gets: the waiting list's order (read and raised under the row lock)
    next_seq      bigint      not null default 1,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    check (ends_at > starts_at)
);
create index training_session_date on training_session (held_on, training_code);
create index training_session_organisation on training_session (organisation, held_on);

-- One row per volunteer and session; a cancelled enrolment that enrols again gets a new seq (the end of the list).
create table session_enrolment (
    session_id   uuid        not null references training_session (id),
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    seq          bigint      not null,
    status       text        not null check (status in ('ENROLLED', 'WAITING', 'CANCELLED', 'ATTENDED', 'ABSENT')),
    enrolled_by  text        not null check (enrolled_by in ('SELF', 'COORDINATOR')),
    requested_at timestamptz not null,
    primary key (session_id, volunteer_id),
    unique (session_id, seq)
);
create index session_enrolment_volunteer on session_enrolment (volunteer_id);
