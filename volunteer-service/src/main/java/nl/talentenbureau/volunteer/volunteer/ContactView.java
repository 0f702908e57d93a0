package nl.talentenbureau.volunteer.volunteer;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One volunteer's contact details for a message about to be sent; read at send time, never kept by the caller. */
@Schema(name = "Contact")
public record ContactView(
        UUID id,
        @Schema(examples = "Anna de Vries") String name,
        @Schema(examples = "anna@example.nl", nullable = true) String email,
        @Schema(examples = "0612345678", nullable = true) String phone,
        @Schema(description = "How the volunteer is reached as it counts now", examples = "EMAIL") ReachBy reachBy,
        @Schema(examples = "nl") String language,
        @Schema(description = "No messages between these times (Europe/Amsterdam); null: any time") Notifications.QuietHours quietHours,
        @Schema(description = "Consent CONTACT_BY_COORDINATORS given and not withdrawn", examples = "true") boolean contactConsent,
        @Schema(examples = "ACTIVE") VolunteerStatus status,
        @Schema(description = "Whether an account is linked to the profile", examples = "true") boolean hasAccount) {
}
