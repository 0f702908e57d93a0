package nl.talentenbureau.volunteer.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as the coordinators who manage it (and admins) see it. */
@Schema(name = "Application")
public record ApplicationView(
        @Schema(examples = "9c4d2e1f-0a3b-4c5d-8e6f-7a8b9c0d1e2f") UUID id,
        @Schema(description = "The organisation that manages it; null: open, for any coordinator to take up", examples = "welzijn-stichtse-vecht") String organisation,
        @Schema(examples = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18") UUID vacancyId,
        @Schema(examples = "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60") UUID eventId,
        @Schema(examples = "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31") UUID referredBy,
        @Schema(examples = "VACANCY") ApplicationSource source,
        @Schema(examples = "CONFIRMED") ApplicationStatus status,
        @Schema(description = "Null once erased", examples = "Els Bakker") String name,
        @Schema(examples = "els.bakker@example.nl") String email,
        @Schema(examples = "+31 6 23456789") String phone,
        @Schema(examples = "breukelen") String kern,
        @Schema(examples = "Ik ben net met pensioen en help graag mensen met hun tablet.") String motivation,
        @Schema(examples = "2027-02-01T10:12:00Z") OffsetDateTime confirmedAt,
        @Schema(examples = "2027-02-18T10:00:00+01:00") OffsetDateTime intakeAt,
        @Schema(examples = "Marieke (Welzijn Stichtse Vecht)") String intakeWith,
        @Schema(examples = "2027-02-18T11:00:00Z") OffsetDateTime decidedAt,
        @Schema(examples = "We hebben nu geen plek die bij je past.") String declineReason,
        @Schema(description = "The profile it became at its intake", examples = "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31") UUID volunteerId,
        @Schema(examples = "2027-02-01T10:02:00Z") OffsetDateTime createdAt,
        @Schema(examples = "3") long version) {

    static ApplicationView of(Application a) {
        return new ApplicationView(a.id, a.organisation, a.vacancyId, a.eventId, a.referredBy, a.source, a.status,
                a.name, a.email, a.phone, a.kern, a.motivation, a.confirmedAt, a.intakeAt, a.intakeWith, a.decidedAt,
                a.declineReason, a.volunteerId, a.createdAt, a.version);
    }
}
