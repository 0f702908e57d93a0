package nl.talentenbureau.volunteer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** {@link Training#expiryFor}: the last day a completed training counts. */
class TrainingExpiryTest {

    private static Training valid(Integer years) {
        Training training = new Training();
        training.code = "first-aid";
        training.validYears = years;
        return training;
    }

    @Test
    void trainingWithoutValidYearsNeverExpires() {
        assertThat(valid(null).expiryFor(LocalDate.of(2025, 6, 1))).isEmpty();
    }

    @Test
    void twoYearTrainingCountsUntilTheDayBeforeItsSecondAnniversary() {
        assertThat(valid(2).expiryFor(LocalDate.of(2025, 6, 1))).contains(LocalDate.of(2027, 5, 31));
    }

    @Test
    void expiryFollowsTheCalendarAcrossTheTurnOfTheYear() {
        assertThat(valid(1).expiryFor(LocalDate.of(2025, 1, 1))).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void leapDayCompletionExpiresAtTheEndOfFebruary() {
        assertThat(valid(2).expiryFor(LocalDate.of(2024, 2, 29))).contains(LocalDate.of(2026, 2, 27));
        assertThat(valid(4).expiryFor(LocalDate.of(2024, 2, 29))).contains(LocalDate.of(2028, 2, 28));
    }
}
