package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Offer", description = "A match as the volunteer sees it: the request by id (read it in request-service, without the requester's personal data)")
public record OfferView(
        @Schema(description = "Offer (match) id", examples = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") UUID id,
        @Schema(description = "The help request", examples = "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f") UUID requestId,
        @Schema(description = "The organisation asking", examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(description = "Lifecycle status", examples = "PROPOSED") MatchStatus status,
        @Schema(description = "Version, also the ETag", examples = "0") long version,
        @Schema(description = "When it was proposed", examples = "2026-11-23T10:15:00Z") OffsetDateTime proposedAt,
        @Schema(description = "Answer before this", examples = "2026-11-26T10:15:00Z") OffsetDateTime answerDeadline,
        @Schema(description = "When the offer was answered, by you or for you", examples = "2026-11-24T09:00:00Z") OffsetDateTime decidedAt,
        @Schema(description = "How it was answered: SELF when you answered here; PHONE, IN_PERSON or PAPER when a coordinator answered for you after you told them", examples = "PHONE") AnswerChannel answerChannel,
        @Schema(description = "When it became ACTIVE", examples = "2026-11-25T09:00:00Z") OffsetDateTime activatedAt,
        @Schema(description = "When it became COMPLETED or ENDED", examples = "2027-02-01T16:00:00Z") OffsetDateTime closedAt,
        @Schema(description = "Total hours logged", examples = "12.5") BigDecimal hoursLogged) {

    static OfferView of(Match m) {
        return new OfferView(m.id, m.requestId, m.organisation, m.status, m.version, m.proposedAt, m.answerDeadline,
                m.decidedAt, m.answerChannel, m.activatedAt, m.closedAt, m.hoursLogged);
    }
}
