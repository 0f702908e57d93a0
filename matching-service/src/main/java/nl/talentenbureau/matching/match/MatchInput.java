package nl.talentenbureau.matching.match;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchInput", description = "The volunteer to propose for a request of your organisation")
public record MatchInput(
        @Schema(description = "The help request (its id in request-service)", examples = "0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f") @NotNull UUID requestId,
        @Schema(description = "The volunteer (their id in volunteer-service)", examples = "5d2e8a41-0c3b-4a7f-8e9d-1b2c3d4e5f60") @NotNull UUID volunteerId) {
}
