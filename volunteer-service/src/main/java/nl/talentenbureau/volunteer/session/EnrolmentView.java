package nl.talentenbureau.volunteer.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One enrolment: for the volunteer themselves and the coordinators of the session's organisation. */
@Schema(name = "Enrolment")
public record EnrolmentView(
        @Schema(examples = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18") UUID sessionId,
        @Schema(examples = "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31") UUID volunteerId,
        @Schema(examples = "WAITING") EnrolmentStatus status,
        @Schema(description = "Place on the waiting list (1 = next in line); null unless WAITING", examples = "2") Integer waitingPosition,
        @Schema(examples = "SELF") EnrolledBy enrolledBy,
        @Schema(examples = "2026-12-02T13:40:12.345678Z") OffsetDateTime requestedAt) {

    static EnrolmentView of(Enrolment enrolment, Roster roster) {
        int position = roster.positionOf(enrolment.volunteerId);
        return new EnrolmentView(enrolment.sessionId, enrolment.volunteerId, enrolment.status,
                enrolment.status == EnrolmentStatus.WAITING ? position : null, enrolment.enrolledBy,
                enrolment.requestedAt);
    }
}
