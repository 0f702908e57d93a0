-- The volunteers erased in volunteer-service: a tombstone per id (no other data), so an older snapshot of an erased
-- volunteer (a page read again, a quarantined event retried) never puts them back into the projection.
create table volunteer_erasure (
    id uuid primary key,
    erased_at timestamp with time zone not null
);
