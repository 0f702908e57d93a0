-- The outbox: written in the same transaction as the change it describes, served as the ordered feed.
-- Writers take a transaction-scoped advisory lock before inserting (see OutboxWriter), so sequence
-- numbers become visible in commit order and a reader never sees seq N+1 while N is still in flight.
create table outbox_event (
    seq            bigserial primary key,
    event_id       uuid        not null unique,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    occurred_at    timestamptz not null,
    payload        jsonb       not null
);
