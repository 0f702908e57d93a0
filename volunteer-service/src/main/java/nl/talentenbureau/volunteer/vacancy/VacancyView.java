package nl.talentenbureau.volunteer.vacancy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.availability.Slot;
import nl.talentenbureau.volunteer.availability.WeeklySlots;

/** A vacancy as its organisation's coordinators (and admins) see it. */
@Schema(name = "Vacancy")
public record VacancyView(
        @Schema(examples = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18") UUID id,
        @Schema(examples = "bibliotheek-stichtse-vecht") String organisation,
        @Schema(examples = "Digicoach in de bibliotheek") String title,
        @Schema(examples = "Help ouderen op dinsdagochtend met hun tablet en DigiD.") String description,
        @Schema(examples = "digital") String theme,
        @Schema(examples = "[\"digital-help\"]") List<String> talents,
        @Schema(examples = "[\"breukelen\"]") List<String> kernen,
        @Schema(examples = "3") Integer hoursPerWeek,
        @Schema(examples = "[\"TUE_MORNING\"]") List<Slot> slots,
        @Schema(examples = "true") boolean vogRequired,
        @Schema(examples = "[\"digicoach\"]") List<String> trainings,
        @Schema(examples = "OPEN") VacancyStatus status,
        @Schema(examples = "2026-12-02T13:40:12.345678Z") OffsetDateTime createdAt,
        @Schema(examples = "2026-12-02T13:40:12.345678Z") OffsetDateTime updatedAt,
        @Schema(examples = "1") long version) {

    static VacancyView of(Vacancy vacancy) {
        return new VacancyView(vacancy.id, vacancy.organisation, vacancy.title, vacancy.description, vacancy.theme,
                List.copyOf(vacancy.talents), List.copyOf(vacancy.kernen), vacancy.hoursPerWeek,
                new WeeklySlots(vacancy.slots).slots(), vacancy.vogRequired, List.copyOf(vacancy.trainings),
                vacancy.status, vacancy.createdAt, vacancy.updatedAt, vacancy.version);
    }
}
