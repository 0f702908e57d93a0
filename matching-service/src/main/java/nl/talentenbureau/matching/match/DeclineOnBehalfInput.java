package nl.talentenbureau.matching.match;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeclineOnBehalfInput", description = "A coordinator declines an offer for the volunteer: how the volunteer said no, and why (optional; seen by the organisation's coordinators, never published in events)")
public record DeclineOnBehalfInput(
        @Schema(description = "How the volunteer gave their answer", examples = "IN_PERSON", required = true) @NotNull OnBehalfChannel channel,
        @Schema(description = "The volunteer's reason in a few words", examples = "Not available on Tuesdays after all") @Size(max = 500) String reason) {
}
