-- A claim holds its Idempotency-Key under a lease id (platform's IdempotencyStore): a key left in flight by a call
-- whose process died is taken over after idempotency.in-flight-lease instead of answering 409 for a day, and only
-- the claim that holds the key may store its answer or release it.
alter table idempotency_key add column lease uuid;
