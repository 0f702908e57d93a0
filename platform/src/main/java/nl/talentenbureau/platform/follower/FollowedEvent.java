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
}
