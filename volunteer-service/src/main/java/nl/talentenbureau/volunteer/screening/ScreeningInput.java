package nl.talentenbureau.volunteer.screening;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records a coordinator sends about screening and training. */
public final class ScreeningInput {

    private ScreeningInput() {
    }

    @Schema(name = "VogInput")
    public record VogInput(@Schema(examples = "2025-03-01") @NotNull @PastOrPresent LocalDate issuedOn) {
    }

    @Schema(name = "TrainingCompletion")
    public record TrainingCompletion(@Schema(examples = "2026-05-12") @NotNull @PastOrPresent LocalDate completedOn) {
    }
}
