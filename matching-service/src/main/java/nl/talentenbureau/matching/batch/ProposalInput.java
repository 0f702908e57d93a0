package nl.talentenbureau.matching.batch;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProposalInput", description = "Which requests to propose volunteers for; none (or no body): every OPEN request of your organisation")
public record ProposalInput(
        @Schema(description = "Requests of your organisation, OPEN; duplicates count once", examples = "[\"0b8f3c52-6c1e-4f0e-9d1c-2a4b5c6d7e8f\"]") @Size(max = 1000) List<@NotNull UUID> requestIds) {
}
