package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Match", description = "A match as its organisation's coordinators see it: ids only, no personal data")
public record MatchView(
        @Schema(description = "Match id", examples = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") UUID id,
        @Schema(description = "The help request", examples = "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f") UUID requestId,
        @Schema(description = "The volunteer", examples = "5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60") UUID volunteerId,
        @Schema(description = "The request's organisation", examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(description = "Lifecycle status", examples = "PROPOSED") MatchStatus status,
        @Schema(description = "Version, also the ETag", examples = "0") long version,
        @Schema(description = "When it was proposed", examples = "2026-11-23T10:15:00Z") OffsetDateTime proposedAt,
        @Schema(description = "The volunteer answers before this", examples = "2026-11-26T10:15:00Z") OffsetDateTime answerDeadline,
        @Schema(description = "When the offer was answered, by the volunteer or for them", examples = "2026-11-24T09:00:00Z") OffsetDateTime decidedAt,
        @Schema(description = "Who answered: volunteer, or the subject of the coordinator who answered for the volunteer", examples = "volunteer") String answeredBy,
        // left out until answered: the schema's enum has no null (the contract fuzz found null in list answers)
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "How it was answered: SELF by the volunteer, or PHONE, IN_PERSON, PAPER through a coordinator; absent until the offer is answered", examples = "SELF") AnswerChannel answerChannel,
        @Schema(description = "The volunteer's reason when declined", examples = "Not available on Tuesdays after all") String declineReason,
        @Schema(description = "Who proposed it: a coordinator's subject, or auto-offer", examples = "auto-offer") String createdBy,
        @Schema(description = "When it became ACTIVE", examples = "2026-11-25T09:00:00Z") OffsetDateTime activatedAt,
        @Schema(description = "When it became COMPLETED or ENDED", examples = "2027-02-01T16:00:00Z") OffsetDateTime closedAt,
        @Schema(description = "Why it ended early (ENDED only; \"the request was cancelled\" or \"the request expired\" when it ended with its request, \"the volunteer stopped\" or \"the volunteer was erased\" when its volunteer left)", examples = "Moved to another town") String endReason,
        @Schema(description = "Total hours logged", examples = "12.5") BigDecimal hoursLogged,
        @Schema(description = "Feedback from the volunteer and the coordinator, once each") List<FeedbackView> feedback) {

    static MatchView of(Match m) {
        return of(m, List.of());
    }

    static MatchView of(Match m, List<FeedbackView> feedback) {
        return new MatchView(m.id, m.requestId, m.volunteerId, m.organisation, m.status, m.version, m.proposedAt,
                m.answerDeadline, m.decidedAt, m.answeredBy, m.answerChannel, m.declineReason, m.createdBy,
                m.activatedAt, m.closedAt, m.endReason,
                m.hoursLogged, feedback);
    }
}
