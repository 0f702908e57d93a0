package nl.talentenbureau.volunteer.volunteer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TalentLevel", description = "A talent from the catalogue with the volunteer's level: 1 basic, 2 good, 3 expert")
public record TalentLevel(
        @Schema(examples = "digital-help") @NotBlank @Size(max = 40) String code,
        @Schema(examples = "2", minimum = "1", maximum = "3") @NotNull @Min(1) @Max(3) Integer level) {
}
