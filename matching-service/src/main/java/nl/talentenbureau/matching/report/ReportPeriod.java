package nl.talentenbureau.matching.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * The parameters of an impact report, checked together so a 400 names every bad field at once. The period is whole
 * days {@code from} .. {@code to} (both included) in the service's zone.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Grouping by) {

    /** Longer periods make no sense for a coalition that started recently, and keep the fact queries bounded. */
    public static final int MAX_YEARS = 5;

    public static ReportPeriod parse(String from, String to, String by) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        Grouping grouping = null;
        if (by == null || by.isBlank()) {
            errors.add(new Problem.FieldError("by", "is required: kern, theme, month or organisation"));
        } else {
            grouping = Grouping.of(by).orElse(null);
            if (grouping == null) {
                errors.add(new Problem.FieldError("by", "must be kern, theme, month or organisation"));
            }
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new Problem.FieldError("to", "must not be before from"));
            } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
                errors.add(new Problem.FieldError("to", "the period may span at most " + MAX_YEARS + " years"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ProblemException(ProblemKind.VALIDATION_FAILED, detail, errors);
        }
        return new ReportPeriod(start, end, grouping);
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    /** The first instant of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in {@code zone}. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
