package nl.talentenbureau.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.web.report.ImpactChart.Bar;
import nl.talentenbureau.web.report.ImpactChart.Chart;
import nl.talentenbureau.web.report.ImpactChart.Kind;
import nl.talentenbureau.web.report.ReportApi.ImpactReport;
import nl.talentenbureau.web.report.ReportApi.ImpactRow;

class ImpactChartTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void theLargestValueGetsTheWholeLengthAndTheOthersTheirShare() {
        Chart chart = ImpactChart.chart(report(row("a", 20), row("b", 5), row("c", 0)), "requests", DUTCH);

        assertThat(chart.bars()).extracting(Bar::width).containsExactly(ImpactChart.BAR_MAX, 55, 0);
        assertThat(chart.bars()).extracting(b -> b.cell().text()).containsExactly("20", "5", "0");
        assertThat(chart.bars().get(1).valueX()).as("the value just after its bar").isEqualTo(55 + ImpactChart.GAP);
        assertThat(chart.bars().get(2).valueX()).isZero();
        assertThat(chart.bars()).extracting(Bar::barY).containsExactly(20, 20 + ImpactChart.ROW,
                20 + 2 * ImpactChart.ROW);
        assertThat(chart.height()).isEqualTo(3 * ImpactChart.ROW + 4);
    }

    @Test
    void aCountUnderFiveAndASuppressedCellGetNoBarOnlyTheirText() {
        Chart chart = ImpactChart.chart(report(row("a", 12), row("b", "<5"), row("c", "suppressed")), "requests",
                DUTCH);

        assertThat(chart.bars()).extracting(b -> b.cell().kind()).containsExactly(Kind.NUMBER, Kind.UNDER_FIVE,
                Kind.HIDDEN);
        assertThat(chart.bars()).extracting(Bar::width).containsExactly(ImpactChart.BAR_MAX, 0, 0);
        assertThat(chart.bars().get(1).cell().text()).isEqualTo("<5");
        assertThat(chart.bars().get(2).cell().key()).isEqualTo("report_hidden");
        assertThat(chart.bars().get(1).cell().hasBar()).isFalse();
    }

    @Test
    void aNullIsHiddenWhenItsReasonSaysSuppressedAndNoneOtherwise() {
        ImpactRow hidden = new ImpactRow("a", 1, 1, 1, null, null, 1, null, 1,
                Map.of("hours", "suppressed: hours of fewer than 5 matches", "medianDaysToMatch",
                        "none in the period"));

        assertThat(ImpactChart.cell(hidden, "hours", DUTCH).kind()).isEqualTo(Kind.HIDDEN);
        assertThat(ImpactChart.cell(hidden, "medianDaysToMatch", DUTCH).kind()).isEqualTo(Kind.NONE);
        assertThat(ImpactChart.cell(hidden, "shareAged55Plus", DUTCH).key()).isEqualTo("report_none");
    }

    @Test
    void numbersAreWrittenForTheReadersLanguageAndAShareAsAPercentage() {
        assertThat(ImpactChart.format(new java.math.BigDecimal("86.5"), "hours", DUTCH)).isEqualTo("86,5");
        assertThat(ImpactChart.format(new java.math.BigDecimal("86.5"), "hours", Locale.ENGLISH)).isEqualTo("86.5");
        assertThat(ImpactChart.format(new java.math.BigDecimal("0.588"), "shareAged55Plus", DUTCH))
                .isEqualTo("58,8%");
        assertThat(ImpactChart.format(new java.math.BigDecimal("1234"), "requests", DUTCH)).isEqualTo("1.234");
    }

    @Test
    void aTinyValueStaysVisibleAndEveryMeasureGetsAChartWithItsTotal() {
        assertThat(ImpactChart.length(new java.math.BigDecimal("1"), new java.math.BigDecimal("1000"))).isEqualTo(2);
        List<Chart> charts = ImpactChart.charts(report(row("a", 3)), DUTCH);
        assertThat(charts).extracting(Chart::measure).isEqualTo(ImpactChart.MEASURES);
        assertThat(charts.getFirst().total().text()).isEqualTo("99");
        assertThat(charts.getFirst().titleKey()).isEqualTo("measure_requests");
    }

    private static ImpactRow row(String group, Object requests) {
        return new ImpactRow(group, requests, null, null, null, null, null, null, null, Map.of());
    }

    private static ImpactReport report(ImpactRow... rows) {
        return new ImpactReport("2026", null, null, "kern", List.of(rows), row("total", 99));
    }
}
