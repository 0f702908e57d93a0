package nl.talentenbureau.matching.match;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EndInput", description = "Why an ACTIVE match ends early; seen by the organisation's coordinators, never published in events")
public record EndInput(
        @Schema(description = "Reason in a few words", examples = "Moved to another town") @NotBlank @Size(max = 500) String reason) {
}
