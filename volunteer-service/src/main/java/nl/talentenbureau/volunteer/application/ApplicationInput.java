package nl.talentenbureau.volunteer.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.catalog.CatalogViews;

/** What clients send about applications: only the fields they may set. */
public final class ApplicationInput {

    static final String PHONE = "\\+?[0-9 ()-]{6,30}";

    private ApplicationInput() {
    }

    /** An anonymous application, to a vacancy or openly; a confirmation mail follows. */
    @Schema(name = "ApplicationInput")
    public record Apply(
            @Schema(description = "How they came to apply", examples = "VACANCY") @NotNull ApplicationSource source,
            @Schema(description = "The open vacancy applied to; none: an open application", examples = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18") UUID vacancyId,
            @Schema(description = "The event they came from (source EVENT, the invitation's link)", examples = "3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60") UUID eventId,
            @Schema(description = "The volunteer who referred them (source REFERRAL)", examples = "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31") UUID referredBy,
            @Schema(examples = "Els Bakker") @NotBlank @Size(max = 120) String name,
            @Schema(description = "Where the confirmation mail and the news of each step go", examples = "els.bakker@example.nl") @NotBlank @Email @Size(max = 254) String email,
            @Schema(examples = "+31 6 23456789") @Size(max = 30) @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Schema(description = "Kern code where they live", examples = "breukelen") @NotNull @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String kern,
            @Schema(examples = "Ik ben net met pensioen en help graag mensen met hun tablet.") @Size(max = 2000) String motivation,
            @Schema(description = "Agrees that the coalition keeps these details to handle the application", examples = "true") @NotNull @AssertTrue(message = "consent is needed to apply") Boolean consent) {
    }

    /** The intake appointment: when and with whom. */
    @Schema(name = "IntakeInput")
    public record Intake(
            @Schema(examples = "2027-02-18T10:00:00+01:00") @NotNull OffsetDateTime appointmentAt,
            @Schema(description = "Who holds the intake", examples = "Marieke (Welzijn Stichtse Vecht)") @NotBlank @Size(max = 120) String with) {
    }

    /** The intake's outcome; a decline says why (the applicant is told). */
    @Schema(name = "IntakeOutcomeInput")
    public record Outcome(
            @Schema(examples = "ACTIVE") @NotNull ApplicationSteps.Outcome outcome,
            @Schema(description = "Needed for DECLINED; the applicant reads it", examples = "We hebben nu geen plek die bij je past.") @Size(max = 1000) String reason) {
    }
}
