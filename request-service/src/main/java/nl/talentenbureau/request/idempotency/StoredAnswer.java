package nl.talentenbureau.request.idempotency;

/** The answer to a creating call, as sent the first time and replayed for the same key and body. */
public record StoredAnswer(int status, String body, String location, String etag) {
}
