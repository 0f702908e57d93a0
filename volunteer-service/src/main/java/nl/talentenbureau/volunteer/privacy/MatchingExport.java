package nl.talentenbureau.volunteer.privacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What matching-service holds on the volunteer, as its export answers it (this service's own records: fields matching
 * adds later are passed over). {@code available} is false when matching could not be asked: the export says so
 * instead of leaving the part out unseen.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "MatchingExport", description = "What matching-service holds on you: your matches, hours, reasons and feedback")
public record MatchingExport(
        @Schema(description = "false when matching-service could not be asked just now: try the export again later", examples = "true") boolean available,
        @Schema(description = "Every match of yours, any status, oldest first") List<Match> matches) {

    static MatchingExport unavailable() {
        return new MatchingExport(false, List.of());
    }

    /** An answer of matching-service: available, with its matches (none when it sent none). */
    MatchingExport answered() {
        return new MatchingExport(true, matches == null ? List.of() : matches);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MatchingExportMatch", description = "One match with its hours and your own feedback")
    public record Match(
            @Schema(description = "Match id", examples = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") UUID id,
            @Schema(description = "The help request", examples = "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f") UUID requestId,
            @Schema(description = "The request's organisation", examples = "welzijn-stichtse-vecht") String organisation,
            @Schema(description = "Lifecycle status", examples = "COMPLETED") String status,
            @Schema(description = "When it was proposed", examples = "2026-11-23T10:15:00Z") OffsetDateTime proposedAt,
            @Schema(description = "When the offer was answered", examples = "2026-11-24T09:00:00Z") OffsetDateTime decidedAt,
            @Schema(description = "How it was answered: SELF, or PHONE, IN_PERSON, PAPER through a coordinator", examples = "SELF") String answerChannel,
            @Schema(description = "The reason given when declined", examples = "Not available on Tuesdays after all") String declineReason,
            @Schema(description = "When it became ACTIVE", examples = "2026-11-25T09:00:00Z") OffsetDateTime activatedAt,
            @Schema(description = "When it became COMPLETED or ENDED", examples = "2027-02-01T16:00:00Z") OffsetDateTime closedAt,
            @Schema(description = "Why it ended early", examples = "Moved to another town") String endReason,
            @Schema(description = "Total hours logged", examples = "12.5") BigDecimal hoursLogged,
            @Schema(description = "The hours entries") List<Hours> hours,
            @Schema(description = "Your own feedback, when given") Feedback feedback) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MatchingExportHours", description = "Hours worked on one day")
    public record Hours(
            @Schema(description = "The day worked", examples = "2026-11-24") LocalDate workedOn,
            @Schema(description = "Hours worked that day", examples = "2.5") BigDecimal hours,
            @Schema(description = "Who logged it: VOLUNTEER or COORDINATOR", examples = "VOLUNTEER") String loggedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "MatchingExportFeedback", description = "Your feedback on a match")
    public record Feedback(
            @Schema(description = "Rating from 1 to 5", examples = "4") int rating,
            @Schema(description = "Comment", examples = "Went well, a good click") String comment,
            @Schema(description = "When it was given", examples = "2026-12-01T10:00:00Z") OffsetDateTime givenAt) {
    }
}
