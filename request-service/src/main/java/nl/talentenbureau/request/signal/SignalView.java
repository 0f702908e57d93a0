package nl.talentenbureau.request.signal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.talentenbureau.request.request.Urgency;

/**
 * A signal as its reader may see it: the raiser without {@code reference}, the receiving organisation's coordinators
 * with it. After erasure the note, feedback and reference are null and {@code erased} is true.
 */
// absent rather than null: the schema has no nulls (the contract fuzz checks answers against it)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Signal")
public record SignalView(
        @Schema(examples = "0b7d9a55-3c1e-4a8f-9b2d-6e4f1a2c3d4e") UUID id,
        @Schema(examples = "RAISED") SignalStatus status,
        @Schema(examples = "financial") String theme,
        @Schema(examples = "breukelen") String kern,
        @Schema(examples = "NORMAL") Urgency urgency,
        @Schema(examples = "welzijn-stichtse-vecht") String receivingOrganisation,
        @Schema(description = "VOLUNTEER or COORDINATOR", examples = "VOLUNTEER") String raisedByRole,
        @Schema(description = "The raising coordinator's organisation; null for a volunteer", examples = "handjehelpen") String raisedByOrganisation,
        @Schema(examples = "Mevrouw maakt zich zorgen over rekeningen die blijven liggen.") String note,
        @Schema(examples = "We hebben contact gehad en een afspraak gemaakt. Dank voor je signaal!") String feedback,
        @Schema(description = "Escalated to the coalition's admin: not picked up in time", examples = "false") boolean escalated,
        @Schema(examples = "2026-12-02T10:15:00+01:00") OffsetDateTime raisedAt,
        @Schema(examples = "2026-12-02T14:30:00+01:00") OffsetDateTime pickedUpAt,
        @Schema(examples = "2026-12-04T09:00:00+01:00") OffsetDateTime feedbackAt,
        @Schema(examples = "2026-12-04T09:05:00+01:00") OffsetDateTime closedAt,
        @Schema(examples = "2026-12-05T10:20:00+01:00") OffsetDateTime escalatedAt,
        @Schema(examples = "false") boolean erased,
        @Schema(description = "For the receiving organisation's coordinators only") Reference reference) {

    /** What the receiving organisation needs to reach the senior: the request, or what the senior agreed to share. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SignalReference")
    public record Reference(
            @Schema(examples = "REQUEST") Referral.Kind kind,
            @Schema(description = "With kind REQUEST: the request, which the organisation reads at /api/requests/{id}", examples = "6f1c7d0e-4a51-4f7e-9a55-0d6b3f8f2a10") UUID requestId,
            @Schema(description = "With kind SHARED_CONTACT") SignalInput.SharedContact sharedContact,
            @Schema(description = "With kind SHARED_CONTACT: the recorded consent") RecordedConsent consent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SignalRecordedConsent")
    public record RecordedConsent(
            @Schema(examples = "IN_PERSON") String channel,
            @Schema(examples = "2026-12-02T10:10:00+01:00") OffsetDateTime givenAt,
            @Schema(description = "Who recorded it: the raiser", examples = "VOLUNTEER") String recordedBy) {
    }

    static SignalView of(Signal s, SignalAccess.Seat seat) {
        Reference reference = null;
        if (seat == SignalAccess.Seat.RECEIVER && s.erasedAt == null) {
            reference = s.referenceKind == Referral.Kind.REQUEST
                    ? new Reference(s.referenceKind, s.requestId, null, null)
                    : new Reference(s.referenceKind, null,
                            new SignalInput.SharedContact(s.contactName, s.contactPhone, s.contactAddress),
                            new RecordedConsent(s.consentChannel, s.consentGivenAt, s.raisedByRole));
        }
        return new SignalView(s.id, s.status, s.theme, s.kern, s.urgency, s.receivingOrganisation, s.raisedByRole,
                s.raisedByOrganisation, s.note, s.feedback, s.escalatedAt != null, s.raisedAt, s.pickedUpAt,
                s.feedbackAt, s.closedAt, s.escalatedAt, s.erasedAt != null, reference);
    }
}
