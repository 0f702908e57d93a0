package nl.talentenbureau.volunteer.availability;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Absence")
public record AbsenceView(
        UUID id,
        @Schema(examples = "2026-12-24") LocalDate startsOn,
        @Schema(examples = "2027-01-02") LocalDate endsOn) {

    public static AbsenceView of(Absence absence) {
        return new AbsenceView(absence.id, absence.startsOn, absence.endsOn);
    }
}
