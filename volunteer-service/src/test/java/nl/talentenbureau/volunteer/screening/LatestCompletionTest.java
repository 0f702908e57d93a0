package nl.talentenbureau.volunteer.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LatestCompletionTest {

    static final LocalDate MARCH = LocalDate.of(2026, 3, 10);
    static final LocalDate MAY = LocalDate.of(2026, 5, 12);

    @Test
    void aFirstCompletionIsRecorded() {
        assertThat(LatestCompletion.replaces(null, null, MARCH, MARCH.plusYears(2))).isTrue();
    }

    @Test
    void aNewerCompletionReplacesAnOlderOne() {
        assertThat(LatestCompletion.replaces(MARCH, MARCH.plusYears(2), MAY, MAY.plusYears(2))).isTrue();
    }

    @Test
    void attendanceRecordedLateDoesNotPutAnOlderCompletionInPlaceOfANewerOne() {
        assertThat(LatestCompletion.replaces(MAY, MAY.plusYears(2), MARCH, MARCH.plusYears(2))).isFalse();
    }

    @Test
    void aRecordThatCountsLongerStaysEvenWhenCompletedEarlier() {
        // completed in March under a longer validity than the catalogue gives now
        assertThat(LatestCompletion.replaces(MARCH, MARCH.plusYears(5), MAY, MAY.plusYears(2))).isFalse();
        // one that never expires always counts longer
        assertThat(LatestCompletion.replaces(MARCH, null, MAY, MAY.plusYears(2))).isFalse();
        assertThat(LatestCompletion.replaces(MARCH, MARCH.plusYears(2), MAY, null)).isTrue();
    }

    @Test
    void theSameCompletionAgainChangesNothing() {
        assertThat(LatestCompletion.replaces(MAY, MAY.plusYears(2), MAY, MAY.plusYears(2))).isFalse();
        assertThat(LatestCompletion.replaces(MAY, null, MAY, null)).isFalse();
    }
}
