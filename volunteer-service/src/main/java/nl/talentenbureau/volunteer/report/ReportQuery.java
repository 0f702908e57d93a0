package nl.talentenbureau.volunteer.report;

import java.util.ArrayList;
import java.util.List;

import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.platform.report.ReportPeriod;

/**
 * The parameters of a funnel or training report, checked together so a 400 names every bad field at once: a fixed
 * {@link ReportPeriod} (a year at most) and what to group by. A group (kern, training) is answered for a whole year
 * only, so a group's months can never be subtracted from its year; {@code by=month} splits any period into its
 * months (each month's total). The same rules as matching-service's impact report.
 *
 * @param by {@link #MONTH} or one of the report's dimensions
 */
record ReportQuery(ReportPeriod period, String by) {

    static final String MONTH = "month";

    boolean byMonth() {
        return MONTH.equals(by);
    }

    static ReportQuery parse(String period, String by, List<String> dimensions, String from, String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String[] free : new String[][]{{"from", from}, {"to", to}}) {
            if (free[1] != null) {
                errors.add(new Problem.FieldError(free[0], "free periods are not offered (two periods a day apart"
                        + " would give that day away); ask for period=2026, 2026-Q4 or 2026-11"));
            }
        }
        ReportPeriod p = null;
        if (period == null || period.isBlank()) {
            errors.add(new Problem.FieldError("period", "is required: a year (2026), a quarter (2026-Q4) or a"
                    + " month (2026-11); " + ReportPeriod.LONGEST));
        } else {
            List<String> messages = new ArrayList<>();
            p = ReportPeriod.parse(period, messages);
            messages.forEach(message -> errors.add(new Problem.FieldError("period", message)));
        }
        String allowed = String.join(", ", dimensions) + " or " + MONTH;
        String grouping = by == null ? null : by.strip();
        if (grouping == null || grouping.isEmpty()) {
            errors.add(new Problem.FieldError("by", "is required: " + allowed));
        } else if (!MONTH.equals(grouping) && !dimensions.contains(grouping)) {
            errors.add(new Problem.FieldError("by", "must be " + allowed));
        } else if (!MONTH.equals(grouping) && p != null && p.unit() != ReportPeriod.Unit.YEAR) {
            errors.add(new Problem.FieldError("by", String.join(" and ", dimensions) + " are grouped for a whole"
                    + " year only (period=" + p.year() + "), so a group's months cannot be subtracted from its year;"
                    + " by=month splits " + p.key() + " into its months"));
        }
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ProblemException(ProblemKind.VALIDATION_FAILED, detail, errors);
        }
        return new ReportQuery(p, grouping);
    }
}
