package nl.talentenbureau.platform.feed;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Schema(name = "FeedEvent", description = "One domain event of the service's outbox")
public record FeedEvent(
        @Schema(description = "Position in the feed; strictly increasing, gaps possible", examples = "42") long seq,
        @Schema(description = "Unique id, for idempotent consumers") UUID id,
        @Schema(examples = "volunteer") String aggregateType,
        @Schema(examples = "6f1c7d0e-4a51-4f7e-9a55-0d6b3f8f2a10") String aggregateId,
        @Schema(examples = "VolunteerUpdated") String type,
        OffsetDateTime occurredAt,
        @Schema(description = "The event's data (never contact details)", implementation = Object.class, examples = "{\"id\": \"6f1c7d0e-4a51-4f7e-9a55-0d6b3f8f2a10\", \"status\": \"ACTIVE\"}") @JsonRawValue String payload) {
}
