package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The payload of every match event in the outbox (MatchProposed, MatchAccepted, MatchDeclined, MatchExpired,
 * MatchWithdrawn, MatchActivated, MatchCompleted, MatchEnded): ids, status, hours and time only. No names and no free text (decline
 * and end reasons, feedback comments may carry personal data). {@code volunteerSubject} is the volunteer's account
 * subject from the volunteer feed (null when the feed carries none), so request-service can tell a volunteer their
 * requests.
 */
public record MatchEvent(UUID matchId, long version, UUID requestId, UUID volunteerId, String volunteerSubject,
        String organisation, MatchStatus status, BigDecimal hoursLogged, OffsetDateTime at) {

    static MatchEvent of(Match match, String volunteerSubject, OffsetDateTime at) {
        return new MatchEvent(match.id, match.version, match.requestId, match.volunteerId, volunteerSubject,
                match.organisation, match.status, match.hoursLogged, at);
    }
}
