package nl.talentenbureau.volunteer.screening;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpiringScreening", description = "A VOG or training that stops counting soon, to plan a renewal")
public record ExpiringScreening(
        UUID volunteerId,
        @Schema(examples = "Anna de Vries") String name,
        @Schema(examples = "breukelen") String homeKern,
        Kind kind,
        @Schema(description = "Training code; absent for a VOG", examples = "first-aid") String code,
        @Schema(examples = "2027-01-09") LocalDate expiresOn) {

    public enum Kind {
        VOG,
        TRAINING
    }
}
