package nl.talentenbureau.volunteer.volunteer;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusStep", description = "Move a volunteer to the next status")
public record StatusStep(@Schema(examples = "ACTIVE") @NotNull VolunteerStatus status) {
}
