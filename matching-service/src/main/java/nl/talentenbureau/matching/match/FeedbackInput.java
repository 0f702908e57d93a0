package nl.talentenbureau.matching.match;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackInput", description = "How the match went, from one side; given once per side")
public record FeedbackInput(
        @Schema(description = "Rating from 1 (poor) to 5 (excellent)", examples = "4") @NotNull @Min(1) @Max(5) Integer rating,
        @Schema(description = "Comment in a few words (optional); seen by the organisation's coordinators only", examples = "Went well, a good click") @Size(max = 1000) String comment) {
}
