package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The payload of every match event in the outbox (MatchProposed, MatchAccepted, MatchDeclined): ids, status and
 * time only. No personal data, and no decline reason (free text may carry some).
 */
public record MatchEvent(UUID matchId, long version, UUID requestId, UUID volunteerId, String organisation,
        MatchStatus status, OffsetDateTime at) {

    static MatchEvent of(Match match, OffsetDateTime at) {
        return new MatchEvent(match.id, match.version, match.requestId, match.volunteerId, match.organisation,
                match.status, at);
    }
}
