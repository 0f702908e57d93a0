package nl.talentenbureau.volunteer.outreach;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.catalog.CatalogViews;

/** What clients send about events and sign-ups: only the fields they may set. */
public final class OutreachInput {

    static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";
    static final String PHONE = "\\+?[0-9 ()-]{6,30}";

    private OutreachInput() {
    }

    /** An event an organisation gives, for 60-plussers. */
    @Schema(name = "OutreachEventInput")
    public record Event(
            @Schema(examples = "Koffieochtend: vrijwilligerswerk na je pensioen") @NotBlank @Size(max = 120) String title,
            @Schema(examples = "Kom kennismaken met vrijwilligers uit Breukelen, met koffie en gebak.") @NotBlank @Size(max = 4000) String description,
            @Schema(examples = "2027-03-09") @NotNull @FutureOrPresent LocalDate heldOn,
            @Schema(description = "HH:mm, Dutch time", examples = "10:00") @NotNull @Pattern(regexp = HH_MM) String startsAt,
            @Schema(description = "Kern code", examples = "breukelen") @NotNull @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String kern,
            @Schema(description = "Where in the kern", examples = "Bibliotheek Breukelen, Kerkbrink 1") @NotBlank @Size(max = 200) String place,
            @Schema(examples = "30") @NotNull @Min(1) @Max(1000) Integer places) {

        LocalTime start() {
            return LocalTime.parse(startsAt);
        }
    }

    /** An anonymous sign-up; a confirmation mail follows, and an unconfirmed one is deleted after a day. */
    @Schema(name = "OutreachSignupInput")
    public record SignUp(
            @Schema(examples = "Els Bakker") @NotBlank @Size(max = 120) String name,
            @Schema(description = "Where the confirmation mail goes", examples = "els.bakker@example.nl") @NotBlank @Email @Size(max = 254) String email,
            @Schema(examples = "+31 6 23456789") @Size(max = 30) @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Schema(description = "Would like to hear about volunteering afterwards", examples = "true") @NotNull Boolean interested,
            @Schema(description = "Agrees that the organisation keeps these details for the event (and, when interested, to invite them to apply)", examples = "true") @NotNull @AssertTrue(message = "consent is needed to sign up") Boolean consent) {
    }
}
