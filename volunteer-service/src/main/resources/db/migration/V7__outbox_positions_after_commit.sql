-- Feed positions are given after commit (platform's OutboxSequencer) instead of writers taking one lock from the
-- event insert to the commit, which made every write of the service wait for the one before it. Events written
-- so far keep their seq as position, so every consumer's stored cursor stays valid.
alter table outbox_event add column position bigint;
update outbox_event set position = seq;
create unique index outbox_event_position on outbox_event (position);
create index outbox_event_unpositioned on outbox_event (seq) where position is null;
