package nl.talentenbureau.matching.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.report.ImpactCalculator.RawReport;
import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;
import nl.talentenbureau.matching.report.Suppression.Cell;
import nl.talentenbureau.matching.report.Suppression.Column;

class SuppressionTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static List<Object> values(Column column) {
        return column.cells().stream().map(Cell::value).toList();
    }

    @Test
    void nothingIsHiddenWhenEveryCellIsZeroOrAtLeastFive() {
        Column column = Suppression.counts(new long[]{7, 0, 9}, 16);
        assertThat(values(column)).containsExactly(7L, 0L, 9L);
        assertThat(column.total().value()).isEqualTo(16L);
    }

    @Test
    void oneSmallCellTakesTheNextSmallestWithItSoTheTotalCannotRevealIt() {
        // shown alone, 22 - 12 - 7 gives the 3 away; with 7 hidden too the reader only knows "<5" + ">=5" = 10
        Column column = Suppression.counts(new long[]{3, 12, 7}, 22);
        assertThat(values(column)).containsExactly("<5", 12L, "suppressed");
        assertThat(column.cells().get(2).reason()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(column.total().value()).isEqualTo(22L);
    }

    @Test
    void twoSmallCellsWhoseSumLeavesBothOpenNeedNothingMore() {
        // hidden sum 5: 2 + 3, or 1 + 4, 4 + 1, 3 + 2
        Column column = Suppression.counts(new long[]{2, 3, 8}, 13);
        assertThat(values(column)).containsExactly("<5", "<5", 8L);
    }

    @Test
    void twoOnesArePinnedByTheirSumSoANextCellIsHidden() {
        // hidden sum 2 can only be 1 + 1
        Column column = Suppression.counts(new long[]{1, 1, 9, 20}, 31);
        assertThat(values(column)).containsExactly("<5", "<5", "suppressed", 20L);
    }

    @Test
    void aOneNextToAFiveIsStillPinnedSoAThirdCellIsHidden() {
        // hidden {1, 5}: sum 6, and "suppressed" means at least 5, so the small one must be 1: hide 6 too
        Column column = Suppression.counts(new long[]{1, 5, 6, 30}, 42);
        assertThat(values(column)).containsExactly("<5", "suppressed", "suppressed", 30L);
    }

    @Test
    void aSmallCellNextToZerosMakesASmallTotal() {
        Column column = Suppression.counts(new long[]{3, 0}, 3);
        assertThat(values(column)).containsExactly("<5", 0L);
        assertThat(column.total().value()).isEqualTo("<5");
    }

    @Test
    void whenNoCellIsLeftToHideTheTotalIsHidden() {
        // two groups of 4 and 4 counted by kern; the volunteer count's total is not additive, but treated as such
        Column column = Suppression.counts(new long[]{4, 4}, 8);
        assertThat(values(column)).containsExactly("<5", "<5");
        assertThat(column.total().value()).isEqualTo("suppressed");
    }

    @Test
    void aReportHidesSmallCountsMediansSharesAndHours() {
        Map<String, Figures> groups = new TreeMap<>();
        // kern a: 3 matches made, hours of 3 matches, 4 days-to-match values, 4 volunteers with a known age
        groups.put("a", new Figures(6, 3, 0, new BigDecimal("12.5"), 3, List.of(1L, 2L, 3L, 4L), 4, 4, 2, 2));
        // kern b: 7 matches, hours of 7 matches, 5 values, 7 volunteers (5 known, 3 of them 55+)
        groups.put("b", new Figures(9, 7, 5, new BigDecimal("40.25"), 7, List.of(9L, 1L, 5L, 3L, 12L), 7, 5, 3,
                0));
        // kern c: 8 matches with hours
        groups.put("c", new Figures(11, 8, 6, new BigDecimal("30"), 8, List.of(), 8, 8, 8, 5));
        Figures total = new Figures(26, 18, 11, new BigDecimal("82.75"), 18,
                List.of(1L, 2L, 3L, 4L, 9L, 1L, 5L, 3L, 12L), 19, 17, 13, 7);
        RawReport raw = new RawReport(ReportPeriod.parse("2026-01-01", "2026-06-30", "kern"), groups, total);

        ImpactReportView view = Suppression.publish(raw, ZONE);

        ImpactRow a = view.groups().get(0);
        ImpactRow b = view.groups().get(1);
        ImpactRow c = view.groups().get(2);
        assertThat(a.matchesMade()).isEqualTo("<5");
        assertThat(b.matchesMade()).isEqualTo("suppressed");
        assertThat(c.matchesMade()).isEqualTo(8L);
        assertThat(view.total().matchesMade()).isEqualTo(18L);
        assertThat(a.suppressed()).containsEntry("matchesMade", "suppressed: fewer than 5");

        // hours: a has 3 matches -> null; b (7) is the next fewest -> null too; c shown
        assertThat(a.hours()).isNull();
        assertThat(b.hours()).isNull();
        assertThat(b.suppressed()).containsEntry("hours", Suppression.COMPLEMENTARY);
        assertThat(c.hours()).isEqualByComparingTo("30");
        assertThat(view.total().hours()).isEqualByComparingTo("82.75");

        // medians: a has 4 values -> null; b sorted 1 3 5 9 12 -> 5; total sorted 1 1 2 3 3 4 5 9 12 -> 3
        assertThat(a.medianDaysToMatch()).isNull();
        assertThat(a.suppressed()).containsEntry("medianDaysToMatch", "suppressed: fewer than 5");
        assertThat(b.medianDaysToMatch()).isEqualTo(5.0);
        assertThat(c.medianDaysToMatch()).isNull();
        assertThat(c.suppressed()).containsEntry("medianDaysToMatch", "none in the period");
        assertThat(view.total().medianDaysToMatch()).isEqualTo(3.0);

        // 55+ share: a from 4 -> null; b 3 of 5 -> 0.6; total 13 of 17 -> 0.765
        assertThat(a.shareAged55Plus()).isNull();
        assertThat(b.shareAged55Plus()).isEqualTo(0.6);
        assertThat(view.total().shareAged55Plus()).isEqualTo(0.765);

        // unmatched: a 2 -> "<5"; b 0 stays 0; the next smallest (c, 5) is hidden
        assertThat(a.unmatchedRequests()).isEqualTo("<5");
        assertThat(b.unmatchedRequests()).isEqualTo(0L);
        assertThat(c.unmatchedRequests()).isEqualTo("suppressed");
        assertThat(view.total().unmatchedRequests()).isEqualTo(7L);
        assertThat(view.total().group()).isEqualTo("total");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Figures f = new Figures(0, 0, 0, BigDecimal.ZERO, 0, List.of(9L, 1L, 4L, 2L, 30L, 3L), 0, 0, 0, 0);
        // 1 2 3 4 9 30 -> (3 + 4) / 2
        assertThat(f.medianDaysToMatch()).isEqualTo(3.5);
    }
}
