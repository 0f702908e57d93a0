package nl.talentenbureau.request.request;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.request.requester.RequesterInput;

/**
 * What a coordinator or partner app sends for a help request (POST and PUT). The id, status, version and owning
 * organisation are not fields: the organisation comes from the caller's token.
 */
@Schema(name = "RequestInput")
public record RequestInput(
        @NotNull RequesterKind requesterKind,
        @Schema(examples = "Hulp bij DigiD aanvragen") @NotBlank @Size(max = 120) String title,
        @Schema(description = "What is needed; contact details belong in requester, not here", examples = "Mevrouw wil leren inloggen met de DigiD-app.") @Size(max = 4000) String description,
        @Schema(examples = "digital") @NotBlank @Size(max = 40) @Pattern(regexp = CODE, message = "must be a lower-case code") String theme,
        @Schema(examples = "breukelen") @NotBlank @Size(max = 60) @Pattern(regexp = CODE, message = "must be a lower-case code") String kern,
        @Size(max = 20) List<@NotNull @Valid TalentRequirement> talents,
        @Schema(description = "ISO 639-1 codes", examples = "[\"nl\", \"tr\"]") @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String> languages,
        @Schema(description = "true: a volunteer must speak one of the languages; false: preferred") Boolean languageRequired,
        @Schema(description = "A valid VOG (certificate of conduct) is needed") Boolean vogRequired,
        @Schema(description = "Training codes the volunteer must hold", examples = "[\"first-aid\"]") @Size(max = 10) List<@NotNull @Size(max = 40) String> trainings,
        @Schema(examples = "1") @NotNull @Min(1) @Max(50) Integer volunteersNeeded,
        @NotNull @Valid Schedule schedule,
        @NotNull Urgency urgency,
        @Schema(description = "Help is needed by this day; the request expires after it", examples = "2026-07-31") LocalDate dueDate,
        @Valid RequesterInput requester,
        @Schema(description = "When an offer to a volunteer is declined or expires, matching-service offers the next candidate by itself (default false: a coordinator picks)", examples = "true") Boolean autoOfferNext) {

    public static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
}
