-- Secret rotation with an overlap: the secret before the last rotation keeps signing until previous_secret_until.
alter table webhook add column previous_secret text;
alter table webhook add column previous_secret_until timestamptz;
-- One attempt at a time per receiver, across instances: the lease of the webhook (see WebhookDispatcher).
alter table webhook add column busy_until timestamptz;
create index webhook_delivery_due_per_receiver on webhook_delivery (webhook_id, next_attempt_at) where status = 'PENDING';
