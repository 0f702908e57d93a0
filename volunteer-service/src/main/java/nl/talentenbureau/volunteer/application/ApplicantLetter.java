package nl.talentenbureau.volunteer.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a mail to an applicant (or an event's sign-up) needs, read by notification-service at send time, so none of
 * it enters a feed: the address, the name, the confirmation token while it is unused, and the facts of the step.
 */
@Schema(name = "ApplicantLetter")
public record ApplicantLetter(
        @Schema(examples = "9c4d2e1f-0a3b-4c5d-8e6f-7a8b9c0d1e2f") UUID id,
        @Schema(description = "APPLICATION or SIGNUP", examples = "APPLICATION") String kind,
        @Schema(examples = "Els Bakker") String name,
        @Schema(examples = "els.bakker@example.nl") String email,
        @Schema(examples = "nl") String language,
        @Schema(description = "An application's status; SIGNUP for a sign-up", examples = "SUBMITTED") String status,
        @Schema(description = "For the confirmation link; null once confirmed", examples = "q3J0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA") String confirmToken,
        @Schema(examples = "2027-02-18T10:00:00+01:00") OffsetDateTime intakeAt,
        @Schema(examples = "Marieke (Welzijn Stichtse Vecht)") String intakeWith,
        @Schema(examples = "We hebben nu geen plek die bij je past.") String declineReason,
        @Schema(examples = "Digicoach in de bibliotheek") String vacancyTitle,
        @Schema(examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(examples = "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60") UUID eventId,
        @Schema(examples = "Koffieochtend: vrijwilligerswerk na je pensioen") String eventTitle,
        @Schema(examples = "2027-03-09") LocalDate eventOn,
        @Schema(examples = "10:00") String eventStartsAt,
        @Schema(examples = "Bibliotheek Breukelen, Kerkbrink 1") String eventPlace,
        @Schema(examples = "breukelen") String kern) {
}
