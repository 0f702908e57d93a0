-- What notification-service keeps of the feeds it follows: only what its rules need. Never a name, an e-mail
-- address, a phone number, a request's title or description or the requester's key.

-- per volunteer (volunteer feed): organisations, renewal dates, how they want to be reached, status; the account
-- subject only to show a volunteer their own delivery log. Erasure deletes the row.
create table followed_volunteer (
    id             uuid primary key,
    version        bigint      not null,
    subject        text,
    status         text,
    reach_by       text        not null,
    organisations  text        not null default '',
    vog_valid_until date,
    -- training code -> expiry date, as JSON ({"first-aid": "2027-01-31"})
    trainings      text        not null default '{}',
    updated_at     timestamptz not null
);
create index followed_volunteer_subject on followed_volunteer (subject);

-- per help request (request feed): what, where, when, how urgent, for the offer mail and the digest
create table followed_request (
    id           uuid primary key,
    version      bigint      not null,
    organisation text        not null,
    status       text        not null,
    theme        text,
    kern         text,
    -- the request's schedule as the feed carries it (type, date, dayParts, slots, startsOn, endsOn, hoursPerTime)
    schedule     text,
    urgency      text,
    due_date     date,
    updated_at   timestamptz not null
);
create index followed_request_organisation on followed_request (organisation, status);

-- per match (matching feed): the latest version seen, so an event is acted on once, and what the digest needs
create table followed_match (
    id              uuid primary key,
    version         bigint      not null,
    request_id      uuid        not null,
    volunteer_id    uuid,
    organisation    text        not null,
    status          text        not null,
    answer_deadline timestamptz,
    updated_at      timestamptz not null
);
create index followed_match_request on followed_match (request_id);
create index followed_match_organisation on followed_match (organisation, status);

-- the delivery outbox and log: one row per (event, recipient), inserted in the transaction that applied the event.
-- delivery_key is the exactly-once key. facts holds what the message needs until it is sent (ids, dates, codes;
-- never an address or a message body) and is cleared when the row is done.
create table delivery (
    id             bigserial primary key,
    delivery_key   text        not null unique,
    kind           text        not null,
    -- VOLUNTEER (recipient = volunteer id), COORDINATORS (recipient = organisation; expanded at send time into one
    -- COORDINATOR row per coordinator, recipient = Keycloak user id)
    audience       text        not null,
    recipient      text        not null,
    organisation   text,
    match_id       uuid,
    status         text        not null,
    attempts       int         not null default 0,
    facts          text,
    skip_reason    text,
    last_error     text,
    created_at     timestamptz not null,
    due_at         timestamptz not null,
    claimed_until  timestamptz,
    sent_at        timestamptz,
    updated_at     timestamptz not null
);
create index delivery_due on delivery (due_at) where status = 'PENDING';
create index delivery_organisation on delivery (organisation, created_at);
create index delivery_recipient on delivery (recipient);
create index delivery_match on delivery (match_id) where match_id is not null;
