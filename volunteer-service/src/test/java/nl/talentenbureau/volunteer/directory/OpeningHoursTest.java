package nl.talentenbureau.volunteer.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    @Test
    void periodsThatEndAfterTheyStartAndDoNotOverlapAreFine() {
        assertThat(OpeningHours.check(List.of(open(DayOfWeek.MONDAY, "09:00", "12:00"),
                open(DayOfWeek.MONDAY, "12:00", "17:00"), open(DayOfWeek.TUESDAY, "09:00", "12:00")))).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeOrWhenItStartsIsNamed() {
        assertThat(OpeningHours.check(List.of(open(DayOfWeek.MONDAY, "09:00", "12:00"),
                open(DayOfWeek.FRIDAY, "14:00", "14:00")))).hasValueSatisfying(p -> {
                    assertThat(p.index()).isEqualTo(1);
                    assertThat(p.message()).contains("later");
                });
    }

    @Test
    void overlappingPeriodsOfOneDayAreNamedWithTheOneTheyOverlap() {
        assertThat(OpeningHours.check(List.of(open(DayOfWeek.MONDAY, "09:00", "12:00"),
                open(DayOfWeek.MONDAY, "11:30", "13:00")))).hasValueSatisfying(p -> {
                    assertThat(p.index()).isEqualTo(1);
                    assertThat(p.message()).isEqualTo("overlaps openingHours[0] on MONDAY");
                });
    }

    @Test
    void theSameHoursOnAnotherDayDoNotOverlap() {
        assertThat(OpeningHours.check(List.of(open(DayOfWeek.MONDAY, "09:00", "12:00"),
                open(DayOfWeek.WEDNESDAY, "09:00", "12:00")))).isEmpty();
    }

    private static DirectoryInput.Opening open(DayOfWeek day, String from, String until) {
        return new DirectoryInput.Opening(day, from, until);
    }
}
