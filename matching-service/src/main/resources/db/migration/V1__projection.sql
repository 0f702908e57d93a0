-- The projection of the volunteer and request feeds. Each row keeps the last snapshot applied (the feeds carry the
-- whole state the matching service needs in every event) and its version, so an older event is ignored.

create table volunteer_projection (
    id          uuid        primary key,
    version     bigint      not null,
    snapshot    jsonb       not null,
    applied_at  timestamptz not null
);

create table request_projection (
    id           uuid        primary key,
    version      bigint      not null,
    organisation varchar(80) not null,
    status       varchar(20) not null,
    snapshot     jsonb       not null,
    applied_at   timestamptz not null
);

create index request_projection_open on request_projection (organisation) where status = 'OPEN';

-- the last feed position applied, written in the same transaction as the events it covers
create table feed_cursor (
    feed     varchar(40) primary key,
    position bigint      not null
);
