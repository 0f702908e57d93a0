package nl.talentenbureau.volunteer.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.catalog.CatalogViews;

/** What a coordinator sends about sessions and enrolments: only the fields a client may set. */
public final class SessionInput {

    static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";

    private SessionInput() {
    }

    /** A session to schedule, or the whole of one to change (its training cannot change). */
    @Schema(name = "TrainingSessionInput")
    public record Session(
            @Schema(description = "Training code from the catalogue", examples = "dementia-basics") @NotNull @Size(max = 40) @Pattern(regexp = CatalogViews.CODE_PATTERN) String training,
            @Schema(examples = "2027-02-16") @NotNull @FutureOrPresent LocalDate heldOn,
            @Schema(description = "HH:mm, Dutch time", examples = "09:30") @NotNull @Pattern(regexp = HH_MM) String startsAt,
            @Schema(description = "HH:mm, after startsAt", examples = "12:00") @NotNull @Pattern(regexp = HH_MM) String endsAt,
            @Schema(description = "Kern code", examples = "breukelen") @NotNull @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String kern,
            @Schema(description = "Where in the kern", examples = "Dorpshuis De Boei, Kerkplein 1") @NotBlank @Size(max = 200) String place,
            @Schema(description = "Who gives it", examples = "Alzheimer Nederland, afdeling Utrecht") @NotBlank @Size(max = 200) String trainer,
            @Schema(examples = "12") @NotNull @Min(1) @Max(500) Integer places) {

        LocalTime start() {
            return LocalTime.parse(startsAt);
        }

        LocalTime end() {
            return LocalTime.parse(endsAt);
        }
    }

    /** A coordinator enrols a volunteer of the pool. */
    @Schema(name = "EnrolmentInput")
    public record Enrol(
            @Schema(examples = "0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31") @NotNull UUID volunteerId) {
    }

    /** Who came: every enrolled volunteer not listed is recorded ABSENT. */
    @Schema(name = "AttendanceInput")
    public record Attendance(
            @Schema(examples = "[\"0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31\"]") @NotNull @Size(max = 500) List<@NotNull UUID> attended) {
    }
}
