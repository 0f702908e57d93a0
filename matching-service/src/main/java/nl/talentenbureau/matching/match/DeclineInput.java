package nl.talentenbureau.matching.match;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeclineInput", description = "Why the volunteer declines (optional); seen by the organisation's coordinators, never published in events")
public record DeclineInput(
        @Schema(description = "Reason in a few words", examples = "Not available on Tuesdays after all") @Size(max = 500) String reason) {
}
