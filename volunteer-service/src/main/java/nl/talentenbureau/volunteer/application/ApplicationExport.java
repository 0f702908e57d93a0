package nl.talentenbureau.volunteer.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application that became this volunteer's profile, as the export shows it: all that is kept of it. */
@Schema(name = "ApplicationExport")
public record ApplicationExport(UUID id, String organisation, UUID vacancyId, UUID eventId, UUID referredBy,
        ApplicationSource source, ApplicationStatus status, String name, String email, String phone, String kern,
        String motivation, OffsetDateTime consentAt, OffsetDateTime confirmedAt, OffsetDateTime intakeAt,
        String intakeWith, OffsetDateTime decidedAt, String declineReason, OffsetDateTime createdAt) {

    static ApplicationExport of(Application a) {
        return new ApplicationExport(a.id, a.organisation, a.vacancyId, a.eventId, a.referredBy, a.source, a.status,
                a.name, a.email, a.phone, a.kern, a.motivation, a.consentAt, a.confirmedAt, a.intakeAt, a.intakeWith,
                a.decidedAt, a.declineReason, a.createdAt);
    }
}
