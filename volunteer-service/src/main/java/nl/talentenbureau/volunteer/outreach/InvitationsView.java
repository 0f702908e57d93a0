package nl.talentenbureau.volunteer.outreach;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many who showed interest were invited to apply. */
@Schema(name = "OutreachInvitations")
public record InvitationsView(
        @Schema(examples = "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60") UUID eventId,
        @Schema(description = "Confirmed sign-ups that showed interest, each sent a mail with a link to apply", examples = "7") int invited,
        @Schema(examples = "2027-03-10T09:00:00Z") OffsetDateTime invitedAt) {
}
