package nl.talentenbureau.volunteer.vacancy;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.availability.Slot;
import nl.talentenbureau.volunteer.catalog.CatalogViews;

/** A vacancy as a coordinator publishes or replaces it: only the fields a client may set. */
@Schema(name = "VacancyInput")
public record VacancyInput(
        @Schema(examples = "Digicoach in de bibliotheek") @NotBlank @Size(max = 120) String title,
        @Schema(examples = "Help ouderen op dinsdagochtend met hun tablet en DigiD.") @NotBlank @Size(max = 4000) String description,
        @Schema(description = "Theme code", examples = "digital") @NotNull @Size(max = 40) @Pattern(regexp = CatalogViews.CODE_PATTERN) String theme,
        @Schema(description = "Talent codes looked for", examples = "[\"digital-help\"]") @Size(max = 20) List<@NotNull @Size(max = 40) @Pattern(regexp = CatalogViews.CODE_PATTERN) String> talents,
        @Schema(description = "Kern codes where; empty: anywhere", examples = "[\"breukelen\"]") @Size(max = 40) List<@NotNull @Size(max = 60) @Pattern(regexp = CatalogViews.CODE_PATTERN) String> kernen,
        @Schema(description = "Hours per week; this, slots or both", examples = "3") @Min(1) @Max(40) Integer hoursPerWeek,
        @Schema(description = "Weekly slots", examples = "[\"TUE_MORNING\"]") @Size(max = 21) List<@NotNull Slot> slots,
        @Schema(description = "Whether a valid VOG is needed", examples = "true") @NotNull Boolean vogRequired,
        @Schema(description = "Training codes needed (the catalogue's)", examples = "[\"digicoach\"]") @Size(max = 20) List<@NotNull @Size(max = 40) @Pattern(regexp = CatalogViews.CODE_PATTERN) String> trainings,
        @Schema(examples = "OPEN") @NotNull VacancyStatus status) {

    List<String> talentCodes() {
        return talents == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(talents));
    }

    List<String> kernCodes() {
        return kernen == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(kernen));
    }

    List<String> trainingCodes() {
        return trainings == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(trainings));
    }

    List<Slot> slotList() {
        return slots == null ? List.of() : slots;
    }
}
