-- Erasure leaves nothing that links a person's requests again (issue 12). Until now requester_key was an HMAC of the
-- contact details, so a new request with the same phone got the erased requester's key back.
--   requester.identity_hash  HMAC of the normalised contact details (RequesterKeys): only to find the key of the same
--                            person's other requests here; blanked with the contact details on erasure
--   requester.requester_key  random, given to a person's first request and reused by their later ones while one of
--                            them is not erased; never derived from contact data, never recomputable
--   help_request.erased_at   when the requester's data and the request's free text were erased (feed: erasedAt)
alter table requester add column identity_hash text;
alter table requester add column requester_key text;
alter table help_request add column erased_at timestamptz;
create index requester_identity on requester (identity_hash) where identity_hash is not null;

-- the old key was exactly that HMAC: it becomes the identity hash, and every person gets a new random key
update requester r set identity_hash = h.requester_key
from help_request h where h.id = r.request_id and r.erased_at is null and h.requester_key is not null;

create temporary table requester_rekey on commit drop as
select old_key, replace(cast(gen_random_uuid() as text), '-', '') || replace(cast(gen_random_uuid() as text), '-', '') as new_key
from (select distinct requester_key as old_key from help_request where requester_key is not null) keys;

update help_request h set requester_key = k.new_key from requester_rekey k where h.requester_key = k.old_key;
update requester r set requester_key = h.requester_key
from help_request h where h.id = r.request_id and r.identity_hash is not null;
update outbox_event o set payload = jsonb_set(o.payload, '{requesterKey}', to_jsonb(k.new_key))
from requester_rekey k where o.aggregate_type = 'request' and o.payload ->> 'requesterKey' = k.old_key;

-- requesters erased before: their request's free text and every key in the feed's history go as well
update help_request h set erased_at = r.erased_at, requester_key = null, title = '(erased)', description = null
from requester r where r.request_id = h.id and r.erased_at is not null;
update outbox_event o set payload = o.payload || '{"requesterKey": null, "title": "(erased)"}'
from help_request h where o.aggregate_type = 'request' and o.aggregate_id = cast(h.id as text) and h.erased_at is not null;
