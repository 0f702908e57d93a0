package nl.talentenbureau.matching.report;

import java.util.ArrayList;
import java.util.List;

import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.platform.report.ReportPeriod;

/**
 * The parameters of an impact report, checked together so a 400 names every bad field at once: a fixed
 * {@link ReportPeriod} and what to group by. Grouping by kern, theme or organisation is answered for a whole year only,
 * so a group's figures exist for one period length and no group cell can be found by subtracting smaller periods from
 * a larger one; {@code by=month} splits any period into its months (the months' own totals).
 */
public record ReportQuery(ReportPeriod period, Grouping by) {

    public static ReportQuery parse(String period, String by, String from, String to) {
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
                    + " month (2026-11)"));
        } else {
            List<String> messages = new ArrayList<>();
            p = ReportPeriod.parse(period, messages);
            messages.forEach(message -> errors.add(new Problem.FieldError("period", message)));
        }
        Grouping grouping = null;
        if (by == null || by.isBlank()) {
            errors.add(new Problem.FieldError("by", "is required: kern, theme, organisation or month"));
        } else {
            grouping = Grouping.of(by).orElse(null);
            if (grouping == null) {
                errors.add(new Problem.FieldError("by", "must be kern, theme, organisation or month"));
            } else if (grouping != Grouping.MONTH && p != null && p.unit() != ReportPeriod.Unit.YEAR) {
                errors.add(new Problem.FieldError("by", "kern, theme and organisation are grouped for a whole"
                        + " year only (period=" + p.year() + "), so a group's months cannot be subtracted from"
                        + " its year; by=month splits " + p.key() + " into its months"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ProblemException(ProblemKind.VALIDATION_FAILED, detail, errors);
        }
        return new ReportQuery(p, grouping);
    }
}
