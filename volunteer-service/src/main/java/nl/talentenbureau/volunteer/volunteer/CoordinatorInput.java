package nl.talentenbureau.volunteer.volunteer;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.availability.Slot;

/**
 * A coordinator's create or full replace of a profile: what the volunteer could set, plus capacity. Id, status,
 * version, organisations and the account subject are never taken from a body.
 */
@Schema(name = "CoordinatorInput")
public record CoordinatorInput(
        @Schema(examples = "Anna de Vries") @NotBlank @Size(max = 120) String name,
        @Schema(examples = "anna@example.org") @Email @Size(max = 254) String email,
        @Schema(examples = "+31 6 12345678") @Size(max = 30) @Pattern(regexp = Limits.PHONE, message = "must be a phone number") String phone,
        @Schema(examples = "1958") @Min(1900) @Max(2015) Integer birthYear,
        @Schema(examples = "breukelen") @NotBlank @Size(max = 60) String homeKern,
        @Schema(description = "How far the volunteer will travel, in km", examples = "10") @NotNull @Min(0) @Max(Limits.MAX_TRAVEL_KM) Integer maxTravelKm,
        @Schema(description = "ISO 639-1 codes", examples = "[\"nl\", \"en\"]") @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String> languages,
        @Size(max = 30) List<@NotNull @Valid TalentLevel> talents,
        @Schema(examples = "[\"TUE_MORNING\", \"THU_AFTERNOON\"]") @Size(max = 21) List<@NotNull Slot> availability,
        @Schema(examples = "[\"digital\"]") @Size(max = 10) List<@NotNull @Size(max = 40) String> themes,
        @Schema(description = "Maximum active matches at once", examples = "2") @NotNull @Min(0) @Max(Limits.MAX_CAPACITY) Integer capacity) {

    ProfileInput profile() {
        return new ProfileInput(name, email, phone, birthYear, homeKern, maxTravelKm, languages, talents,
                availability, themes);
    }
}
