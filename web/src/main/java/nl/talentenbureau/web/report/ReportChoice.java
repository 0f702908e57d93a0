package nl.talentenbureau.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The period and grouping the report form asks for, checked for their shape only (a year, a quarter or a month; one
 * of the API's groupings). Which combinations the API answers is the API's rule: it says so with a 400. Plain Java.
 */
public record ReportChoice(String period, String by) {

    static final List<String> GROUPINGS = List.of("kern", "theme", "organisation", "month");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");

    public ReportChoice {
        period = period == null || period.isBlank() ? null : period.strip().toUpperCase(java.util.Locale.ROOT);
        by = by == null || by.isBlank() ? null : by.strip();
    }

    public List<String> wrong() {
        List<String> wrong = new ArrayList<>();
        if (period == null || !PERIOD.matcher(period).matches()) {
            wrong.add("period");
        }
        if (by == null || !GROUPINGS.contains(by)) {
            wrong.add("by");
        }
        return wrong;
    }

    /** The download's file name; only called on a choice without errors, so it holds digits, letters and dashes. */
    public String fileName() {
        return "impact-" + period + "-" + by + ".csv";
    }

    /** The query string of this choice, for the CSV link. */
    public String query() {
        return "period=" + period + "&by=" + by;
    }
}
