package nl.talentenbureau.platform.follower;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event of a followed feed that kept failing and was set aside (no class-level schema, as {@link FeedStatusView}). */
public record QuarantinedEvent(
        @Schema(examples = "volunteers") String feed,
        @Schema(description = "Its position in the producer's feed", examples = "42") long seq,
        @Schema(examples = "VolunteerUpdated") String type,
        @Schema(examples = "volunteer") String aggregateType,
        @Schema(examples = "6f1c7d0e-4a51-4f7e-9a55-0d6b3f8f2a10") String aggregateId,
        @Schema(description = "The failure's exception classes, outermost first (never its message)", examples = "PersistenceException < PSQLException") String error,
        @Schema(examples = "5") int attempts,
        @Schema(examples = "2026-12-01T10:15:30Z") OffsetDateTime quarantinedAt) {
}
