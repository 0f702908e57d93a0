-- Following matching-service's feed (package matchfeed): the matches of our requests as far as this service needs
-- them, and how far the feed has been applied. Both are written in the transaction that applies a page.
create table followed_match (
    match_id          uuid primary key,
    request_id        uuid        not null,
    -- the volunteer's account (token subject): a live match lets that volunteer read the requester's contact details
    volunteer_subject text,
    status            text        not null,
    -- the match's own version from its events: an older one is ignored
    version           bigint      not null,
    updated_at        timestamptz not null
);
create index followed_match_request on followed_match (request_id);

create table feed_cursor (
    feed     text primary key,
    position bigint not null
);

-- A pseudonymous key of the requester (HMAC-SHA256, see RequesterKeys) and whether matching-service offers the next
-- candidate by itself when an offer is declined or expires.
alter table help_request add column requester_key text;
alter table help_request add column auto_offer_next boolean not null default false;
