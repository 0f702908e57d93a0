package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Hours", description = "One entry of hours worked on a match")
public record HoursView(
        @Schema(description = "Entry id", examples = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7") UUID id,
        @Schema(description = "The match", examples = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") UUID matchId,
        @Schema(description = "The day worked", examples = "2026-11-24") LocalDate workedOn,
        @Schema(description = "Hours worked that day", examples = "2.5") BigDecimal hours,
        @Schema(description = "Who logged it", examples = "VOLUNTEER") Side loggedBy,
        @Schema(description = "When it was logged", examples = "2026-11-24T17:30:00Z") OffsetDateTime loggedAt) {
}
