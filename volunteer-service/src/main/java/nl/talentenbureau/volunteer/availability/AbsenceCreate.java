package nl.talentenbureau.volunteer.availability;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AbsenceCreate")
public record AbsenceCreate(
        @Schema(examples = "2026-12-24") @NotNull LocalDate startsOn,
        @Schema(examples = "2027-01-02") @NotNull LocalDate endsOn) {
}
