package nl.talentenbureau.matching.match;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HoursInput", description = "Hours worked on an ACTIVE match on one day")
public record HoursInput(
        @Schema(description = "The day worked; not in the future", examples = "2026-11-24") @NotNull LocalDate workedOn,
        @Schema(description = "Hours worked that day: more than 0, at most 24, two decimals at most", examples = "2.5") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours) {
}
