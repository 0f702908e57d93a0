package nl.talentenbureau.notification.followed;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A followed match as the other features see it. */
public record MatchState(UUID id, long version, UUID requestId, UUID volunteerId, String organisation, String status,
        OffsetDateTime answerDeadline) {
}
