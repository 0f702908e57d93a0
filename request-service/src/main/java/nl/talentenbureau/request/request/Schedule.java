package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When the help is needed. ONE_OFF: {@code date} and {@code dayParts}. RECURRING: weekly {@code slots} from
 * {@code startsOn}, optionally until {@code endsOn}, {@code hoursPerTime} each time.
 */
@Schema(name = "Schedule", description = "ONE_OFF needs date and dayParts; RECURRING needs slots, startsOn and hoursPerTime")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Schedule(
        @NotNull ScheduleType type,
        @Schema(description = "ONE_OFF: the day", examples = "2026-07-14") LocalDate date,
        @Schema(description = "ONE_OFF: parts of that day", examples = "[\"MORNING\"]") @Size(max = 3) List<@NotNull DayPart> dayParts,
        @Schema(description = "RECURRING: weekly slots", examples = "[\"TUE_MORNING\", \"THU_AFTERNOON\"]") @Size(max = 21) List<@NotNull Slot> slots,
        @Schema(description = "RECURRING: first day", examples = "2026-07-01") LocalDate startsOn,
        @Schema(description = "RECURRING: last day, if known", examples = "2026-12-31") LocalDate endsOn,
        @Schema(description = "RECURRING: hours each time", examples = "2") @DecimalMin("0.5") @DecimalMax("12") Double hoursPerTime) {
}
