-- Idempotency-Key of creating POSTs (see Idempotency): one row per client and key, the first answer kept for
-- replays; purged after idempotency.retention.
create table idempotency_key (
    client_id       text        not null,
    key             text        not null,
    request_hash    text        not null,
    status          text        not null check (status in ('IN_FLIGHT', 'DONE')),
    response_status integer,
    response_body   text,
    location        text,
    etag            text,
    created_at      timestamptz not null,
    primary key (client_id, key)
);
create index idempotency_key_created on idempotency_key (created_at);
