package nl.talentenbureau.matching.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.report.ReportPeriod;

class ReportQueryTest {

    private static List<String> fields(ProblemException e) {
        return e.errors().stream().map(Problem.FieldError::field).toList();
    }

    private static String message(ProblemException e, String field) {
        return e.errors().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().message();
    }

    @Test
    void aYearAQuarterAndAMonthAreTheirWholeDays() {
        ReportQuery year = ReportQuery.parse("2026", "kern", null, null);
        assertThat(year.period()).isEqualTo(ReportPeriod.year(2026));
        assertThat(year.period().from()).isEqualTo("2026-01-01");
        assertThat(year.period().to()).isEqualTo("2026-12-31");
        ReportPeriod q4 = ReportQuery.parse("2026-Q4", "month", null, null).period();
        assertThat(q4.from()).isEqualTo("2026-10-01");
        assertThat(q4.to()).isEqualTo("2026-12-31");
        assertThat(q4.months()).extracting(ReportPeriod::key).containsExactly("2026-10", "2026-11", "2026-12");
        ReportPeriod february = ReportQuery.parse("2028-02", "month", null, null).period();
        assertThat(february.to()).isEqualTo("2028-02-29");
        assertThat(february.parent()).isEqualTo(ReportPeriod.quarter(2028, 1));
    }

    @Test
    void theTreeOfAYearIsTheYearItsQuartersAndItsMonths() {
        assertThat(ReportPeriod.tree(2026)).hasSize(17).startsWith(ReportPeriod.year(2026),
                ReportPeriod.quarter(2026, 1), ReportPeriod.month(2026, 1));
    }

    @Test
    void freeFromAndToAreRefusedWithTheReason() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ReportQuery.parse(null, "kern", "2026-01-01", "2026-01-31"));
        assertThat(fields(e)).containsExactlyInAnyOrder("from", "to", "period");
        assertThat(message(e, "from")).contains("free periods are not offered");
    }

    @Test
    void weeksAreRefusedWithTheirOwnReason() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ReportQuery.parse("2026-W47", "month", null, null));
        assertThat(fields(e)).containsExactly("period");
        assertThat(message(e, "period")).startsWith("weeks are not offered");
    }

    @Test
    void kernThemeAndOrganisationAreForAWholeYearOnly() {
        for (String period : List.of("2026-Q4", "2026-11")) {
            ProblemException e = catchThrowableOfType(ProblemException.class,
                    () -> ReportQuery.parse(period, "theme", null, null));
            assertThat(fields(e)).containsExactly("by");
            assertThat(message(e, "by")).contains("period=2026");
        }
        assertThat(ReportQuery.parse("2026", "organisation", null, null).by()).isEqualTo(Grouping.ORGANISATION);
    }

    @Test
    void everyMissingOrMalformedFieldIsNamed() {
        ProblemException missing = catchThrowableOfType(ProblemException.class,
                () -> ReportQuery.parse(null, " ", null, null));
        assertThat(fields(missing)).containsExactlyInAnyOrder("period", "by");
        for (String bad : List.of("2026-13", "2026-Q5", "26", "2026-1", "1999", "yesterday")) {
            ProblemException e = catchThrowableOfType(ProblemException.class,
                    () -> ReportQuery.parse(bad, "street", null, null));
            assertThat(fields(e)).as(bad).containsExactlyInAnyOrder("period", "by");
        }
    }

    @Test
    void thePeriodIsWholeDaysInTheZone() {
        ReportPeriod period = ReportPeriod.month(2026, 1);
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        assertThat(period.start(zone)).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(period.end(zone)).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
        assertThat(ReportPeriod.quarter(2026, 2).from()).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
