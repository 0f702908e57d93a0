package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything matching-service holds on one volunteer (GDPR art. 15 and 20): their matches with hours, their own
 * reasons and their own feedback. volunteer-service puts it into the volunteer's export.
 */
@Schema(name = "MatchExport", description = "Everything matching-service holds on one volunteer: their matches, hours, reasons and feedback")
public record MatchExport(
        @Schema(description = "When it was read", examples = "2026-12-01T10:00:00Z") OffsetDateTime exportedAt,
        @Schema(description = "Every match of the volunteer, any status, oldest first") List<Entry> matches) {

    @Schema(name = "MatchExportEntry", description = "One match of the volunteer with its hours and their own feedback")
    public record Entry(
            @Schema(description = "Match id", examples = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") UUID id,
            @Schema(description = "The help request", examples = "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f") UUID requestId,
            @Schema(description = "The request's organisation", examples = "welzijn-stichtse-vecht") String organisation,
            @Schema(description = "Lifecycle status", examples = "COMPLETED") MatchStatus status,
            @Schema(description = "When it was proposed", examples = "2026-11-23T10:15:00Z") OffsetDateTime proposedAt,
            @Schema(description = "The answer was due before this", examples = "2026-11-26T10:15:00Z") OffsetDateTime answerDeadline,
            @Schema(description = "When the offer was answered", examples = "2026-11-24T09:00:00Z") OffsetDateTime decidedAt,
            @Schema(description = "How it was answered: SELF, or PHONE, IN_PERSON, PAPER through a coordinator", examples = "SELF") AnswerChannel answerChannel,
            @Schema(description = "The reason given when declined", examples = "Not available on Tuesdays after all") String declineReason,
            @Schema(description = "When it became ACTIVE", examples = "2026-11-25T09:00:00Z") OffsetDateTime activatedAt,
            @Schema(description = "When it became COMPLETED or ENDED", examples = "2027-02-01T16:00:00Z") OffsetDateTime closedAt,
            @Schema(description = "Why it ended early", examples = "Moved to another town") String endReason,
            @Schema(description = "Total hours logged", examples = "12.5") BigDecimal hoursLogged,
            @Schema(description = "The hours entries, by day worked") List<HoursView> hours,
            @Schema(description = "The volunteer's own feedback, when given") FeedbackView feedback) {

        static Entry of(Match m, List<HoursView> hours, FeedbackView feedback) {
            return new Entry(m.id, m.requestId, m.organisation, m.status, m.proposedAt, m.answerDeadline, m.decidedAt,
                    m.answerChannel, m.declineReason, m.activatedAt, m.closedAt, m.endReason, m.hoursLogged, hours,
                    feedback);
        }
    }
}
