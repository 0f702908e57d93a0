package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallEntry", description = "An offer waiting for a phone call: the volunteer cannot answer online (reached by phone, or no account). The name and phone come from volunteer-service at the moment of asking; matching stores neither")
public record CallEntryView(
        @Schema(description = "The offer (match) to answer for the volunteer with POST /api/matches/{id}/accept or /decline", examples = "7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f") UUID matchId,
        @Schema(description = "The help request", examples = "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f") UUID requestId,
        @Schema(description = "The volunteer", examples = "5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60") UUID volunteerId,
        @Schema(description = "The request's organisation", examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(description = "The volunteer must answer before this", examples = "2026-11-26T10:15:00Z") OffsetDateTime answerDeadline,
        @Schema(description = "How the volunteer wants to be reached (EMAIL for a volunteer without an account)", examples = "PHONE") String reachBy,
        @Schema(description = "Whether the volunteer has an account to answer with", examples = "false") boolean hasAccount,
        @Schema(description = "The volunteer's name; null when volunteer-service could not be asked (contactsUnavailable) or does not know the volunteer", examples = "Kees Jansen") String volunteerName,
        @Schema(description = "The volunteer's phone number; null as the name, or when they have none", examples = "0612345678") String volunteerPhone) {
}
