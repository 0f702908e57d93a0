package nl.talentenbureau.request.matchfeed;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The payload of every match event, as far as this service reads it. Unknown fields (organisation, hours, times) are
 * ignored so matching-service can add to its payload without breaking this consumer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchSnapshot(UUID matchId, long version, UUID requestId, String volunteerSubject, MatchStatus status) {
}
