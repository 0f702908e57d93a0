-- Help requests. Codes (kern, theme, talents, trainings) refer to volunteer-service's catalogue and are
-- checked at intake; this database holds no copy of the catalogue, so there are no foreign keys to it.
create table help_request (
    id                uuid primary key,
    version           bigint      not null,
    organisation      text        not null,
    requester_kind    text        not null,
    status            text        not null,
    title             text        not null,
    description       text,
    theme             text        not null,
    kern              text        not null,
    languages         text[]      not null default '{}',
    language_required boolean     not null default false,
    vog_required      boolean     not null default false,
    trainings         text[]      not null default '{}',
    volunteers_needed integer     not null check (volunteers_needed between 1 and 50),
    schedule_type     text        not null,
    one_off_date      date,
    day_parts         text[]      not null default '{}',
    slots             text[]      not null default '{}',
    starts_on         date,
    ends_on           date,
    hours_per_time    double precision,
    urgency           text        not null,
    due_date          date,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    ended_at          timestamptz
);
create index help_request_org_status on help_request (organisation, status);
create index help_request_status_kern on help_request (status, kern);
create index help_request_created on help_request (created_at);

create table request_talent (
    request_id  uuid    not null references help_request (id) on delete cascade,
    talent_code text    not null,
    min_level   integer not null check (min_level between 1 and 3),
    primary key (request_id, talent_code)
);

-- The requester's personal data, held apart from the request: shown only to coordinators of the owning
-- organisation, never in the feed, a partner's, a volunteer's view or a webhook body. Erasure blanks the
-- fields and sets erased_at; the request row (and so every count) stays.
create table requester (
    request_id   uuid primary key references help_request (id) on delete cascade,
    name         text,
    phone        text,
    address_line text,
    notes        text,
    erased_at    timestamptz
);

-- One webhook per partner organisation. The secret signs deliveries (HMAC-SHA256), so it is kept as is.
create table webhook (
    id           uuid primary key,
    organisation text        not null unique,
    url          text        not null,
    secret       text        not null,
    created_at   timestamptz not null
);

-- Every status change for an organisation with a webhook becomes one delivery, written in the same
-- transaction as the change; the delivery job posts it until acknowledged (2xx) or attempts run out.
create table webhook_delivery (
    id               uuid primary key,
    webhook_id       uuid        not null references webhook (id) on delete cascade,
    organisation     text        not null,
    event_id         uuid        not null unique,
    event_type       text        not null,
    request_id       uuid        not null,
    url              text        not null,
    body             text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_status_code integer,
    created_at       timestamptz not null,
    delivered_at     timestamptz
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_org on webhook_delivery (organisation, created_at);

create table webhook_attempt (
    id           bigserial primary key,
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    attempt      integer     not null,
    attempted_at timestamptz not null,
    status_code  integer,
    outcome      text        not null,
    error        text
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempt);
