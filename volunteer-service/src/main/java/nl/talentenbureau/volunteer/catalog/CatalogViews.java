package nl.talentenbureau.volunteer.catalog;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogue's records: what clients read and what an admin sends. */
public final class CatalogViews {

    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private CatalogViews() {
    }

    @Schema(name = "Kern")
    public record KernView(
            @Schema(examples = "breukelen") String code,
            @Schema(examples = "Breukelen") String name,
            @Schema(examples = "Stichtse Vecht") String municipality,
            @Schema(examples = "52.1717") double lat,
            @Schema(examples = "5.0017") double lon,
            @Schema(examples = "more than half of households are older households") String note) {

        static KernView of(Kern kern) {
            return new KernView(kern.code, kern.name, kern.municipality, kern.lat, kern.lon, kern.note);
        }
    }

    @Schema(name = "Theme")
    public record ThemeView(
            @Schema(examples = "digital") String code,
            @Schema(examples = "Digitale vitaliteit") String nameNl,
            @Schema(examples = "Digital vitality") String nameEn,
            @Schema(examples = "theme of the Samen Ouder Worden programme") String source) {

        static ThemeView of(Theme theme) {
            return new ThemeView(theme.code, theme.nameNl, theme.nameEn, theme.source);
        }
    }

    @Schema(name = "Talent")
    public record TalentView(
            @Schema(examples = "digital-help") String code,
            @Schema(examples = "digital") String theme,
            @Schema(examples = "Digitale hulp (computer tablet DigiD)") String nameNl,
            @Schema(examples = "Digital help (computer tablet DigiD)") String nameEn,
            @Schema(description = "Set when the talent is retired: kept for history, no longer assignable") OffsetDateTime retiredAt) {

        static TalentView of(Talent talent) {
            return new TalentView(talent.code, talent.themeCode, talent.nameNl, talent.nameEn, talent.retiredAt);
        }
    }

    @Schema(name = "Training")
    public record TrainingView(
            @Schema(examples = "first-aid") String code,
            @Schema(examples = "EHBO") String nameNl,
            @Schema(examples = "First aid") String nameEn,
            @Schema(description = "Years a completed training counts; absent when it does not expire", examples = "2") Integer validYears,
            OffsetDateTime retiredAt) {

        static TrainingView of(Training training) {
            return new TrainingView(training.code, training.nameNl, training.nameEn, training.validYears,
                    training.retiredAt);
        }
    }

    @Schema(name = "TalentCreate")
    public record TalentCreate(
            @Schema(examples = "bike-repair") @NotBlank @Size(max = 40) @Pattern(regexp = CODE_PATTERN, message = "must be a lower-case slug") String code,
            @Schema(examples = "practical") @NotBlank @Size(max = 40) String theme,
            @Schema(examples = "Fietsen repareren") @NotBlank @Size(max = 120) String nameNl,
            @Schema(examples = "Bike repair") @NotBlank @Size(max = 120) String nameEn) {
    }

    @Schema(name = "TrainingCreate")
    public record TrainingCreate(
            @Schema(examples = "fall-prevention") @NotBlank @Size(max = 40) @Pattern(regexp = CODE_PATTERN, message = "must be a lower-case slug") String code,
            @Schema(examples = "Valpreventie") @NotBlank @Size(max = 120) String nameNl,
            @Schema(examples = "Fall prevention") @NotBlank @Size(max = 120) String nameEn,
            @Schema(examples = "3") @Min(1) @Max(50) Integer validYears) {
    }
}
