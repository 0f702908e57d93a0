package nl.talentenbureau.request.request;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequestStatusStep", description = "Move a request to another status")
public record StatusStep(@Schema(examples = "MATCHED") @NotNull RequestStatus status) {
}
