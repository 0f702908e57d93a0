-- Recruitment ("vinden"): events for 60-plussers with their sign-ups, and applications that become volunteers.
-- Anonymous rows hold personal data (name, contact, motivation) and a confirmation token: an unconfirmed row is
-- deleted after a day (volunteer.recruitment.unconfirmed-kept-for), the rest are anonymised by retention or erasure.

create table outreach_event (
    id           uuid primary key,
    version      bigint      not null,
    organisation text        not null,
    title        text        not null,
    description  text        not null,
    held_on      date        not null,
    starts_at    time        not null,
    kern         text        not null references kern (code),
    place        text        not null,
    places       integer     not null check (places between 1 and 1000),
    -- when the coordinator invited those who showed interest to apply (once)
    invited_at   timestamptz,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index outreach_event_organisation on outreach_event (organisation, held_on);
create index outreach_event_date on outreach_event (held_on);

create table outreach_signup (
    id            uuid primary key,
    event_id      uuid        not null references outreach_event (id),
    -- null once erased (retention); the row stays so the event's counts stay
    name          text,
    email         text,
    phone         text,
    -- wants to hear about volunteering: invited to apply after the event
    interested    boolean     not null,
    consent_at    timestamptz not null,
    confirm_token text unique,
    confirmed_at  timestamptz,
    invited_at    timestamptz,
    erased_at     timestamptz,
    created_at    timestamptz not null
);
create index outreach_signup_event on outreach_signup (event_id);
create index outreach_signup_unconfirmed on outreach_signup (created_at) where confirmed_at is null;

create table application (
    id             uuid primary key,
    version        bigint      not null,
    -- the vacancy's organisation, or the one that took up an open application at its intake; null: open
    organisation   text,
    vacancy_id     uuid references vacancy (id),
    event_id       uuid references outreach_event (id),
    -- the volunteer who referred them (source REFERRAL)
    referred_by    uuid references volunteer (id) on delete set null,
    source         text        not null check (source in ('VACANCY', 'EVENT', 'REFERRAL', 'WEBSITE', 'OTHER')),
    status         text        not null check (status in ('SUBMITTED', 'CONFIRMED', 'INTAKE', 'ACTIVE', 'DECLINED')),
    -- personal data: null once erased
    name           text,
    email          text,
    phone          text,
    motivation     text,
    kern           text        not null references kern (code),
    consent_at     timestamptz not null,
    confirm_token  text unique,
    confirmed_at   timestamptz,
    intake_at      timestamptz,
    intake_with    text,
    decided_at     timestamptz,
    decline_reason text,
    volunteer_id   uuid references volunteer (id),
    erased_at      timestamptz,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index application_organisation on application (organisation, status);
create index application_unconfirmed on application (created_at) where status = 'SUBMITTED';
create index application_declined on application (decided_at) where status = 'DECLINED' and erased_at is null;
create index application_volunteer on application (volunteer_id);
