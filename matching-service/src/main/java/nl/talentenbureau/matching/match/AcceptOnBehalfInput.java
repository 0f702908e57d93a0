package nl.talentenbureau.matching.match;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptOnBehalfInput", description = "A coordinator accepts an offer for the volunteer: how the volunteer said yes")
public record AcceptOnBehalfInput(
        @Schema(description = "How the volunteer gave their answer", examples = "PHONE", required = true) @NotNull OnBehalfChannel channel) {
}
