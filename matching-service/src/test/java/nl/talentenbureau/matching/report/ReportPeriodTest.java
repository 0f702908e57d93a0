package nl.talentenbureau.matching.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

class ReportPeriodTest {

    @Test
    void aValidPeriodIsParsed() {
        ReportPeriod period = ReportPeriod.parse("2026-01-01", "2026-03-31", "theme");
        assertThat(period).isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                Grouping.THEME));
    }

    @Test
    void everyMissingFieldIsNamed() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ReportPeriod.parse(null, " ", null));
        assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION_FAILED);
        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("from", "to", "by");
    }

    @Test
    void malformedDatesAndAnUnknownGroupingAreNamed() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ReportPeriod.parse("2026-13-01", "yesterday", "street"));
        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("from", "to", "by");
        assertThat(e.errors().get(2).message()).contains("kern, theme, month or organisation");
    }

    @Test
    void toBeforeFromIsRefused() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ReportPeriod.parse("2026-02-01", "2026-01-31", "kern"));
        assertThat(e.errors()).containsExactly(new Problem.FieldError("to", "must not be before from"));
    }

    @Test
    void atMostFiveYears() {
        assertThat(ReportPeriod.parse("2021-01-01", "2026-01-01", "month").to()).isEqualTo("2026-01-01");
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ReportPeriod.parse("2021-01-01", "2026-01-02", "month"));
        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("to");
    }

    @Test
    void thePeriodIsWholeDaysInTheZone() {
        ReportPeriod period = ReportPeriod.parse("2026-01-01", "2026-01-31", "kern");
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        assertThat(period.start(amsterdam)).hasToString("2025-12-31T23:00:00Z");
        assertThat(period.end(amsterdam)).hasToString("2026-01-31T23:00:00Z");
    }
}
