package nl.talentenbureau.request.requester;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requester's contact details, as a coordinator or partner app sends them. */
@Schema(name = "RequesterInput", description = "Personal data of the requester: shown only to coordinators of the owning organisation")
public record RequesterInput(
        @Schema(examples = "mevrouw J. de Boer") @NotBlank @Size(max = 120) String name,
        @Schema(examples = "+31 6 12345678") @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]{6,30}", message = "must be a phone number") String phone,
        @Schema(examples = "Kerkstraat 12, Breukelen") @Size(max = 200) String addressLine,
        @Schema(examples = "Bel twee keer aan; slechthorend") @Size(max = 2000) String notes) {
}
