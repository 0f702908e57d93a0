-- The feed follower's tables (platform, nl.talentenbureau.platform.follower), for every service that follows a feed
-- (flyway location db/follower). Repeatable and written to be re-run: the services that followed a feed before the
-- follower existed already have feed_cursor.

-- the last position applied per feed, moved in the same transaction as the events it covers; locked while a page is
-- applied, so two replicas never apply pages of one feed at once or an older page after a newer one
create table if not exists feed_cursor (
    feed     text primary key,
    position bigint not null
);

-- events that failed follower.feeds.<feed>.max-attempts times, set aside so the feed goes on; an admin lists, retries
-- or skips them (/internal/feeds). No payload is kept: a retry reads the event from its feed again, so an erasure
-- there reaches this copy too. error holds exception class names only, never messages (they can quote data).
create table if not exists feed_quarantine (
    feed           text        not null,
    seq            bigint      not null,
    event_type     text,
    aggregate_type text,
    aggregate_id   text,
    error          text        not null,
    attempts       integer     not null,
    quarantined_at timestamptz not null,
    primary key (feed, seq)
);
