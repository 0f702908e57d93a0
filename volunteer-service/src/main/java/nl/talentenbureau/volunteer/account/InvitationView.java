package nl.talentenbureau.volunteer.account;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Invitation", description = "An invitation mail on its way: the link sets a password and works until expiresAt")
public record InvitationView(
        @Schema(examples = "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31") UUID volunteerId,
        @Schema(description = "Until when the link works", examples = "2026-12-09T10:15:30Z") OffsetDateTime expiresAt,
        @Schema(description = "How often the invitation was sent, this time included", examples = "1") int timesSent) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(invitation.volunteerId, invitation.expiresAt, invitation.timesSent);
    }
}
