package nl.talentenbureau.notification.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An applicant's or sign-up's address and the facts of the step, read at send time and never stored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ApplicantLetter(UUID id, String kind, String name, String email, String language, String status,
        String confirmToken, OffsetDateTime intakeAt, String intakeWith, String declineReason, String vacancyTitle,
        String organisation, UUID eventId, String eventTitle, LocalDate eventOn, String eventStartsAt,
        String eventPlace, String kern) {
}
