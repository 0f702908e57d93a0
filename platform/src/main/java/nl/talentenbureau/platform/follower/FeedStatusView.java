package nl.talentenbureau.platform.follower;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far this service is in a feed it follows (no class-level schema: it would show in every service's document). */
public record FeedStatusView(
        @Schema(examples = "volunteers") String feed,
        @Schema(description = "The last position applied", examples = "1042") long position,
        @Schema(description = "Events the producer has after the position; null when unknown", examples = "0") Long eventsBehind,
        @Schema(description = "Age of the oldest event read and not yet applied; 0 when caught up", examples = "0.0") double secondsBehind,
        @Schema(description = "Whether the last read reached the producer", examples = "true") boolean reachable,
        @Schema(description = "When the producer last answered; null before the first read", examples = "2026-12-01T10:15:30Z") Instant lastRead,
        @Schema(description = "The kind of the last failure (exception class), if any", examples = "PSQLException") String lastError,
        @Schema(description = "Events set aside in the quarantine", examples = "0") long quarantined) {

    static FeedStatusView of(FollowerStatus status, long quarantined) {
        return new FeedStatusView(status.feed(), status.position(), status.eventsBehind(), status.secondsBehind(),
                status.reachable(), status.lastRead(), status.lastError(), quarantined);
    }
}
