package nl.talentenbureau.volunteer.vacancy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.availability.Slot;
import nl.talentenbureau.volunteer.availability.WeeklySlots;

/**
 * An open vacancy as the coalition's and municipality's websites show it, to anyone: what is looked for and by which
 * organisation, never who wrote it, no version, no exact times.
 */
@Schema(name = "PublicVacancy")
public record PublicVacancyView(
        @Schema(examples = "5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18") UUID id,
        @Schema(examples = "bibliotheek-stichtse-vecht") String organisation,
        @Schema(examples = "Digicoach in de bibliotheek") String title,
        @Schema(examples = "Help ouderen op dinsdagochtend met hun tablet en DigiD.") String description,
        @Schema(examples = "digital") String theme,
        @Schema(examples = "[\"digital-help\"]") List<String> talents,
        @Schema(description = "Empty: anywhere in the coalition", examples = "[\"breukelen\"]") List<String> kernen,
        @Schema(examples = "3") Integer hoursPerWeek,
        @Schema(examples = "[\"TUE_MORNING\"]") List<Slot> slots,
        @Schema(examples = "true") boolean vogRequired,
        @Schema(examples = "[\"digicoach\"]") List<String> trainings,
        @Schema(description = "The day it was last changed", examples = "2026-12-02") LocalDate updatedOn) {

    static PublicVacancyView of(Vacancy vacancy) {
        return new PublicVacancyView(vacancy.id, vacancy.organisation, vacancy.title, vacancy.description,
                vacancy.theme, List.copyOf(vacancy.talents), List.copyOf(vacancy.kernen), vacancy.hoursPerWeek,
                new WeeklySlots(vacancy.slots).slots(), vacancy.vogRequired, List.copyOf(vacancy.trainings),
                vacancy.updatedAt.toLocalDate());
    }
}
