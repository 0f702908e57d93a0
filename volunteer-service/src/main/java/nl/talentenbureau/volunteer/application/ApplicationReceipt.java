package nl.talentenbureau.volunteer.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an anonymous application or its confirmation: nothing of what was sent is echoed. */
@Schema(name = "ApplicationReceipt")
public record ApplicationReceipt(
        @Schema(examples = "9c4d2e1f-0a3b-4c5d-8e6f-7a8b9c0d1e2f") UUID id,
        @Schema(examples = "SUBMITTED") ApplicationStatus status,
        @Schema(description = "An unconfirmed application is deleted after this moment; null once confirmed", examples = "2027-02-02T10:02:00Z") OffsetDateTime confirmBefore) {
}
