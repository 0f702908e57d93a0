package nl.talentenbureau.volunteer.outreach;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One sign-up, for the coordinators of the event's organisation (who need the names at the door). */
@Schema(name = "OutreachSignup")
public record SignupView(
        @Schema(examples = "7a9b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d") UUID id,
        @Schema(description = "Null once erased", examples = "Els Bakker") String name,
        @Schema(examples = "els.bakker@example.nl") String email,
        @Schema(examples = "+31 6 23456789") String phone,
        @Schema(examples = "true") boolean interested,
        @Schema(description = "Whether the mail's link was followed", examples = "true") boolean confirmed,
        @Schema(examples = "2027-03-10T09:00:00Z") OffsetDateTime invitedAt,
        @Schema(examples = "2027-02-20T14:03:11Z") OffsetDateTime createdAt) {

    static SignupView of(Signup signup) {
        return new SignupView(signup.id, signup.name, signup.email, signup.phone, signup.interested,
                signup.confirmedAt != null, signup.invitedAt, signup.createdAt);
    }
}
