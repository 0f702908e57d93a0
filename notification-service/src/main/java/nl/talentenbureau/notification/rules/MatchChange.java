package nl.talentenbureau.notification.rules;

import java.time.Instant;
import java.util.UUID;

/**
 * A match event as the rules read it: only what decides which message goes to whom. {@code answerDeadline},
 * {@code automatic} and {@code answerChannel} are optional (older events do not carry them).
 */
public record MatchChange(String type, UUID matchId, long version, UUID requestId, UUID volunteerId,
        String organisation, String status, Instant at, Instant answerDeadline, boolean automatic,
        String answerChannel) {
}
