package nl.talentenbureau.matching.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;

class ImpactCsvTest {

    @Test
    void headerGroupsAndTotalWithSuppressedCellsAsTheyAreAndNullsEmpty() {
        ImpactRow a = new ImpactRow("breukelen", 12L, "<5", 0L, null, 6.5, 7L, 0.571, "suppressed",
                Map.of("hours", Suppression.FEWER_THAN_5_MATCHES));
        ImpactRow total = new ImpactRow("total", 12L, "<5", 0L, new BigDecimal("86.50"), 6.5, 7L, null, 5L,
                Map.of());
        ImpactReportView report = new ImpactReportView("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                "kern",
                "Europe/Amsterdam", Suppression.RULE, List.of(a), total);

        assertThat(ImpactCsv.write(report)).isEqualTo(
                """
                        group,requests,matchesMade,matchesCompleted,hours,medianDaysToMatch,activeVolunteers,shareAged55Plus,unmatchedRequests\r
                        breukelen,12,<5,0,,6.5,7,0.571,suppressed\r
                        total,12,<5,0,86.50,6.5,7,,5\r
                        """);
    }

    @Test
    void cellsWithCommasQuotesOrFormulaStartsAreMadeSafe() {
        assertThat(ImpactCsv.quoted("welzijn, vecht")).isEqualTo("\"welzijn, vecht\"");
        assertThat(ImpactCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ImpactCsv.quoted("=cmd()")).isEqualTo("'=cmd()");
        assertThat(ImpactCsv.quoted("-1.5")).isEqualTo("-1.5");
    }
}
