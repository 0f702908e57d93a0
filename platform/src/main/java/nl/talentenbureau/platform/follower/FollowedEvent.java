package nl.talentenbureau.platform.follower;

import java.time.OffsetDateTime;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One event of a followed feed, as a consumer reads it (unknown fields are ignored: producers may add some). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowedEvent(long seq, String type, String aggregateType, String aggregateId,
        OffsetDateTime occurredAt, JsonNode payload) {

    /**
     * The payload read as the consumer's own copy of its shape. An event the consumer cannot read, or one that lacks
     * what {@code complete} asks for, is refused with an {@link IllegalArgumentException}: the follower then retries
     * its page and quarantines the event, so nothing is silently dropped. The message names the event, never a value.
     */
    public <T> T payloadAs(ObjectMapper json, Class<T> shape, Predicate<? super T> complete) {
        T value;
        try {
            value = payload == null || payload.isNull() ? null : json.treeToValue(payload, shape);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable " + type + " event at seq " + seq, e);
        }
        if (value == null || !complete.test(value)) {
            throw new IllegalArgumentException("incomplete " + type + " event at seq " + seq);
        }
        return value;
    }

    /**
     * Whether the payload is the bare id the producer leaves of an erased aggregate's events ({@code {"id": ...}},
     * see {@code OutboxWriter.redact}). A consumer that lags behind reads such an event before the erasure's own one,
     * which follows on the feed and has the same shape (check the type first): there is nothing to apply, and refusing it would only stall the feed and set it aside.
     */
    public boolean redacted() {
        return payload != null && payload.isObject() && payload.size() == 1 && payload.path("id").isTextual();
    }
}
