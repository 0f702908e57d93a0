package nl.talentenbureau.platform.follower;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** One event of a followed feed, as a consumer reads it (unknown fields are ignored: producers may add some). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowedEvent(long seq, String type, String aggregateType, String aggregateId,
        OffsetDateTime occurredAt, JsonNode payload) {
}
