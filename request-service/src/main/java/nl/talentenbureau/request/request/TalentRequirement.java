package nl.talentenbureau.request.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TalentRequirement", description = "A talent the volunteer needs, at least at this level")
public record TalentRequirement(
        @Schema(examples = "digital-help") @NotBlank @Size(max = 40) String code,
        @Schema(description = "1 = some experience, 3 = expert", examples = "2") @NotNull @Min(1) @Max(3) Integer minLevel) {
}
