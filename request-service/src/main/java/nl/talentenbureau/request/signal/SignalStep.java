package nl.talentenbureau.request.signal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A status step; FEEDBACK_GIVEN carries the short answer to the raiser. */
@Schema(name = "SignalStep")
public record SignalStep(
        @Schema(examples = "FEEDBACK_GIVEN") @NotNull SignalStatus status,
        @Schema(description = "With FEEDBACK_GIVEN only: what was done, in a sentence or two, never the senior's case details", examples = "We hebben contact gehad en een afspraak met de ouderenadviseur gemaakt. Dank voor je signaal!") @Size(max = FEEDBACK_MAX) String feedback) {

    public static final int FEEDBACK_MAX = 500;
}
