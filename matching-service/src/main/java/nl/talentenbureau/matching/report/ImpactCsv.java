package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.util.List;

import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;

/**
 * The report as CSV (RFC 4180, CRLF line ends): a header row, one row per group, then the total row. The cells are
 * the JSON answer's; a null (suppressed median, share or hours) is an empty cell. Plain Java.
 */
public final class ImpactCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("group", "requests", "matchesMade", "matchesCompleted", "hours",
            "medianDaysToMatch", "activeVolunteers", "shareAged55Plus", "unmatchedRequests");

    private ImpactCsv() {
    }

    public static String write(ImpactReportView report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        report.groups().forEach(row -> line(csv, cells(row)));
        line(csv, cells(report.total()));
        return csv.toString();
    }

    private static List<String> cells(ImpactRow row) {
        return List.of(text(row.group()), text(row.requests()), text(row.matchesMade()),
                text(row.matchesCompleted()), text(row.hours()), text(row.medianDaysToMatch()),
                text(row.activeVolunteers()), text(row.shareAged55Plus()), text(row.unmatchedRequests()));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quotes a cell holding a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
    static String quoted(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell) ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean isNumber(String cell) {
        try {
            new BigDecimal(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
