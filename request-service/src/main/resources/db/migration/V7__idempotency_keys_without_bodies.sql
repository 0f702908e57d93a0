-- platform's Idempotency no longer keeps answer bodies (they held personal data that outlived erasure); every answer
-- is read from the resource. Blank what keys stored before.
update idempotency_key set response_body = null, etag = null;
