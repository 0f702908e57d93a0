package nl.talentenbureau.volunteer.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VogValidityTest {

    private static final VogValidity THREE_YEARS = new VogValidity(3);
    private static final LocalDate ISSUED = LocalDate.of(2024, 1, 10);

    @Test
    void lastValidDayIsTheDayBeforeTheAnniversary() {
        assertThat(THREE_YEARS.validUntil(ISSUED)).isEqualTo(LocalDate.of(2027, 1, 9));
    }

    @Test
    void oneYearVogRunsUntilTheDayBeforeItsFirstAnniversary() {
        assertThat(new VogValidity(1).validUntil(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void validOnTheIssueDay() {
        assertThat(THREE_YEARS.isValidOn(ISSUED, ISSUED)).isTrue();
    }

    @Test
    void validOnTheLastDay() {
        assertThat(THREE_YEARS.isValidOn(ISSUED, LocalDate.of(2027, 1, 9))).isTrue();
    }

    @Test
    void notValidOnTheAnniversary() {
        assertThat(THREE_YEARS.isValidOn(ISSUED, LocalDate.of(2027, 1, 10))).isFalse();
    }

    @Test
    void notValidBeforeItWasIssued() {
        assertThat(THREE_YEARS.isValidOn(ISSUED, ISSUED.minusDays(1))).isFalse();
    }

    @Test
    void leapDayVogIsValidUntilTheTwentySeventhOfFebruaryInACommonYear() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);

        // 2027 has no 29 February: plusYears lands on the 28th, so the 27th is the last valid day
        assertThat(THREE_YEARS.validUntil(leapDay)).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(THREE_YEARS.isValidOn(leapDay, LocalDate.of(2027, 2, 27))).isTrue();
        assertThat(THREE_YEARS.isValidOn(leapDay, LocalDate.of(2027, 2, 28))).isFalse();
    }

    @Test
    void leapDayVogOverFourYearsEndsOnTheTwentyEighth() {
        assertThat(new VogValidity(4).validUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsLessThanOneYear(int years) {
        assertThatIllegalArgumentException().isThrownBy(() -> new VogValidity(years))
                .withMessageContaining(Integer.toString(years));
    }
}
