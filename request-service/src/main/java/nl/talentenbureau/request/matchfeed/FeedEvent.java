package nl.talentenbureau.request.matchfeed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** One event of matching-service's feed, as far as this service reads it (its own record: no shared model jar). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEvent(long seq, String type, String aggregateType, String aggregateId, JsonNode payload) {
}
