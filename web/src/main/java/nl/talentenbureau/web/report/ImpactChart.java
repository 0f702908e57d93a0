package nl.talentenbureau.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.talentenbureau.web.report.ReportApi.ImpactReport;
import nl.talentenbureau.web.report.ReportApi.ImpactRow;

/**
 * The impact report as one bar chart per measure, laid out for inline SVG: a row per group with its name, a bar as
 * long as its share of the largest value shown, and the value in words next to it. A hidden cell ({@code "<5"},
 * {@code "suppressed"}, or a null with its reason) gets no bar, only its text: a length would claim a number the API
 * did not give. Plain Java.
 */
public final class ImpactChart {

    public static final List<String> MEASURES = List.of("requests", "matchesMade", "matchesCompleted", "hours",
            "medianDaysToMatch", "activeVolunteers", "shareAged55Plus", "unmatchedRequests");
    static final String UNDER_FIVE = "<5";
    static final String SUPPRESSED = "suppressed";
    /** The SVG's user units: narrow enough that a phone shows the labels at a readable size. */
    static final int WIDTH = 320;
    static final int ROW = 44;
    static final int BAR_MAX = 220;
    static final int BAR_HEIGHT = 16;
    static final int GAP = 6;

    private ImpactChart() {
    }

    /** What a cell holds: a number, a count of 1 to 4, a value hidden to protect small cells, or nothing. */
    public enum Kind {
        NUMBER,
        UNDER_FIVE,
        HIDDEN,
        NONE
    }

    /**
     * One cell as shown: {@code text} is the number written for the reader's language or {@code "<5"}; a hidden or
     * empty cell has no text but a message key ({@code report_hidden}, {@code report_none}).
     */
    public record Cell(Kind kind, BigDecimal number, String text, String key) {

        public boolean hasBar() {
            return kind == Kind.NUMBER;
        }
    }

    /** One group's row of a chart, with its place in the SVG. */
    public record Bar(String group, Cell cell, int nameY, int barY, int width, int valueX, int valueY) {
    }

    public record Chart(String measure, List<Bar> bars, Cell total, int width, int height) {

        public String titleKey() {
            return "measure_" + measure;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }
    }

    public static List<Chart> charts(ImpactReport report, Locale locale) {
        return MEASURES.stream().map(measure -> chart(report, measure, locale)).toList();
    }

    static Chart chart(ImpactReport report, String measure, Locale locale) {
        List<Cell> cells = report.groups().stream().map(row -> cell(row, measure, locale)).toList();
        BigDecimal max = cells.stream().filter(Cell::hasBar).map(Cell::number).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            int top = i * ROW;
            int width = cell.hasBar() ? length(cell.number(), max) : 0;
            bars.add(new Bar(report.groups().get(i).group(), cell, top + 14, top + 20, width,
                    width == 0 ? 0 : width + GAP, top + 33));
        }
        Cell total = report.total() == null
                ? new Cell(Kind.NONE, null, null, "report_none")
                : cell(report.total(), measure, locale);
        return new Chart(measure, bars, total, WIDTH, Math.max(ROW, cells.size() * ROW + 4));
    }

    static Cell cell(ImpactRow row, String measure, Locale locale) {
        Object value = row.value(measure);
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            return new Cell(Kind.NUMBER, decimal, format(decimal, measure, locale), null);
        }
        if (UNDER_FIVE.equals(value)) {
            return new Cell(Kind.UNDER_FIVE, null, UNDER_FIVE, null);
        }
        String reason = row.suppressed().get(measure);
        if (SUPPRESSED.equals(value) || value == null && reason != null && reason.startsWith(SUPPRESSED)) {
            return new Cell(Kind.HIDDEN, null, null, "report_hidden");
        }
        if (value instanceof String text) {
            // a marker this page does not know yet: shown as the API wrote it, never as a length
            return new Cell(Kind.HIDDEN, null, text, null);
        }
        return new Cell(Kind.NONE, null, null, "report_none");
    }

    /** The bar's length: its share of the largest value, at least 2 units when above 0 so it stays visible. */
    static int length(BigDecimal value, BigDecimal max) {
        if (value.signum() <= 0 || max.signum() <= 0) {
            return 0;
        }
        int length = value.multiply(BigDecimal.valueOf(BAR_MAX)).divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
        return Math.max(2, length);
    }

    static String format(BigDecimal value, String measure, Locale locale) {
        NumberFormat format = "shareAged55Plus".equals(measure)
                ? NumberFormat.getPercentInstance(locale)
                : NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
