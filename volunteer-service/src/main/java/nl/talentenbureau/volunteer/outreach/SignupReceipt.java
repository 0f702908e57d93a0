package nl.talentenbureau.volunteer.outreach;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an anonymous sign-up: nothing of what was sent is echoed. */
@Schema(name = "OutreachSignupReceipt")
public record SignupReceipt(
        @Schema(examples = "7a9b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d") UUID id,
        @Schema(examples = "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60") UUID eventId,
        @Schema(description = "UNCONFIRMED until the mail's link is followed, then CONFIRMED", examples = "UNCONFIRMED") String status,
        @Schema(description = "An unconfirmed sign-up is deleted after this moment", examples = "2027-02-21T14:03:11Z") OffsetDateTime confirmBefore) {
}
