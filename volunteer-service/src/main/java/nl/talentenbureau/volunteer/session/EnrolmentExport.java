package nl.talentenbureau.volunteer.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the volunteer's training enrolments, as their export shows it. */
@Schema(name = "EnrolmentExport")
public record EnrolmentExport(
        @Schema(examples = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18") UUID sessionId,
        @Schema(examples = "dementia-basics") String training,
        @Schema(examples = "2027-02-16") LocalDate heldOn,
        @Schema(examples = "breukelen") String kern,
        @Schema(examples = "Dorpshuis De Boei") String place,
        @Schema(examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(examples = "ATTENDED") EnrolmentStatus status,
        @Schema(examples = "COORDINATOR") EnrolledBy enrolledBy,
        @Schema(examples = "2026-12-02T13:40:12.345678Z") OffsetDateTime requestedAt) {
}
