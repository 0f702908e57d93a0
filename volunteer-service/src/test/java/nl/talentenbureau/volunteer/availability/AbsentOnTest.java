package nl.talentenbureau.volunteer.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link AvailabilityService#isAbsentOn}: an absence covers its first and its last day. */
class AbsentOnTest {

    private static final LocalDate START = LocalDate.of(2025, 7, 14);
    private static final LocalDate END = LocalDate.of(2025, 7, 25);

    private static Absence away(LocalDate startsOn, LocalDate endsOn) {
        Absence absence = new Absence();
        absence.startsOn = startsOn;
        absence.endsOn = endsOn;
        return absence;
    }

    @Test
    void absentOnTheFirstDay() {
        assertThat(AvailabilityService.isAbsentOn(List.of(away(START, END)), START)).isTrue();
    }

    @Test
    void absentOnTheLastDay() {
        assertThat(AvailabilityService.isAbsentOn(List.of(away(START, END)), END)).isTrue();
    }

    @Test
    void absentInBetween() {
        assertThat(AvailabilityService.isAbsentOn(List.of(away(START, END)), START.plusDays(5))).isTrue();
    }

    @Test
    void availableTheDayBefore() {
        assertThat(AvailabilityService.isAbsentOn(List.of(away(START, END)), START.minusDays(1))).isFalse();
    }

    @Test
    void availableTheDayAfter() {
        assertThat(AvailabilityService.isAbsentOn(List.of(away(START, END)), END.plusDays(1))).isFalse();
    }

    @Test
    void aOneDayAbsenceCoversOnlyThatDay() {
        List<Absence> absences = List.of(away(START, START));

        assertThat(AvailabilityService.isAbsentOn(absences, START)).isTrue();
        assertThat(AvailabilityService.isAbsentOn(absences, START.minusDays(1))).isFalse();
        assertThat(AvailabilityService.isAbsentOn(absences, START.plusDays(1))).isFalse();
    }

    @Test
    void noAbsencesMeansNeverAbsent() {
        assertThat(AvailabilityService.isAbsentOn(List.of(), START)).isFalse();
    }

    @Test
    void anyOfSeveralAbsencesCounts() {
        LocalDate christmas = LocalDate.of(2025, 12, 25);
        List<Absence> absences = List.of(away(START, END), away(christmas, christmas.plusDays(1)));

        assertThat(AvailabilityService.isAbsentOn(absences, christmas.plusDays(1))).isTrue();
        assertThat(AvailabilityService.isAbsentOn(absences, END)).isTrue();
        assertThat(AvailabilityService.isAbsentOn(absences, christmas.minusDays(1))).isFalse();
    }
}
