package nl.talentenbureau.platform.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed calendar period of an aggregate report (the impact, funnel and training reports): a year ({@code 2026}), a quarter ({@code 2026-Q4}) or a month
 * ({@code 2026-11}), whole days in the service's zone. Only these units exist, and they nest (a month lies in one
 * quarter, a quarter in one year), so two reports never differ by a few days: the only relations between periods are
 * "the year is its quarters, a quarter its months", and {@link YearTable} (or the impact report's {@code Suppression}) protects those. Weeks are not offered on
 * purpose: a week crosses month and year boundaries, so weeks next to months would let days be differenced.
 *
 * @param number the quarter (1..4) or month (1..12); 0 for a year
 */
public record ReportPeriod(Unit unit, int year, int number) {

    public enum Unit {
        YEAR,
        QUARTER,
        MONTH
    }

    /** Years a report may ask for; a coalition's data starts long after the first and ends before the last. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2999;

    private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");
    private static final Pattern WEEK = Pattern.compile("[0-9]{4}-W[0-9]{1,2}");
    /** Two periods joined ({@code 2025-2026}, {@code 2025/2026}, {@code 2025-11..2026-02}): longer than a year. */
    private static final Pattern RANGE = Pattern
            .compile("[0-9]{4}(-(Q[1-4]|[0-9]{2}))?(/|\\.\\.|-|--)[0-9]{4}(-(Q[1-4]|[0-9]{2}))?");
    /** The longest period a report covers: one calendar year. */
    public static final String LONGEST = "a report covers at most one calendar year";

    public ReportPeriod {
        int max = switch (unit) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (unit == Unit.YEAR ? number != 0 : number < 1 || number > max) {
            throw new IllegalArgumentException(unit + " " + number);
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Unit.YEAR, year, 0);
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(Unit.QUARTER, year, quarter);
    }

    public static ReportPeriod month(int year, int month) {
        return new ReportPeriod(Unit.MONTH, year, month);
    }

    /**
     * The period named by {@code value}, or null with the reason added to {@code messages}. The reasons for a week and
     * for a span of periods ({@code 2025-2026}: longer than the longest, a year) are their own, so a client learns why
     * they are refused.
     */
    public static ReportPeriod parse(String value, List<String> messages) {
        String v = value.strip();
        Matcher m;
        ReportPeriod period = null;
        if ((m = YEAR.matcher(v)).matches()) {
            period = year(Integer.parseInt(m.group(1)));
        } else if ((m = QUARTER.matcher(v)).matches()) {
            period = quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = MONTH.matcher(v)).matches()) {
            period = month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if (RANGE.matcher(v).matches()) {
            messages.add(LONGEST + " (2026, 2026-Q4 or 2026-11): a span of periods is refused, ask for each year"
                    + " on its own");
            return null;
        } else if (WEEK.matcher(v).matches()) {
            messages.add("weeks are not offered: a week crosses month boundaries, so week and month figures"
                    + " together would give days away; use a month (2026-11), quarter (2026-Q4) or year (2026)");
            return null;
        } else {
            messages.add("must be a year (2026), a quarter (2026-Q4) or a month (2026-11)");
            return null;
        }
        if (period.year < FIRST_YEAR || period.year > LAST_YEAR) {
            messages.add("the year must lie in " + FIRST_YEAR + ".." + LAST_YEAR);
            return null;
        }
        return period;
    }

    /** {@code 2026}, {@code 2026-Q4} or {@code 2026-11}: what the client sends. */
    public String key() {
        return switch (unit) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> YearMonth.of(year, number).toString();
        };
    }

    /** The first day (included). */
    public LocalDate from() {
        return switch (unit) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    /** The last day (included). */
    public LocalDate to() {
        return switch (unit) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, 3 * number).atEndOfMonth();
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
        };
    }

    /** The year this period lies in. */
    public ReportPeriod yearPeriod() {
        return year(year);
    }

    /** The period directly above this one (a month's quarter, a quarter's year); null for a year. */
    public ReportPeriod parent() {
        return switch (unit) {
            case YEAR -> null;
            case QUARTER -> year(year);
            case MONTH -> quarter(year, (number + 2) / 3);
        };
    }

    /** The periods directly below: a year's four quarters, a quarter's three months; none for a month. */
    public List<ReportPeriod> children() {
        List<ReportPeriod> children = new ArrayList<>();
        switch (unit) {
            case YEAR -> {
                for (int q = 1; q <= 4; q++) {
                    children.add(quarter(year, q));
                }
            }
            case QUARTER -> {
                for (int mo = 3 * number - 2; mo <= 3 * number; mo++) {
                    children.add(month(year, mo));
                }
            }
            case MONTH -> {
            }
        }
        return children;
    }

    /** The months of the period, in order. */
    public List<ReportPeriod> months() {
        List<ReportPeriod> months = new ArrayList<>();
        for (YearMonth ym = YearMonth.from(from()); !ym.isAfter(YearMonth.from(to())); ym = ym.plusMonths(1)) {
            months.add(month(ym.getYear(), ym.getMonthValue()));
        }
        return months;
    }

    /** The year, its quarters and its months: every period whose figures a report of this year can show. */
    public static List<ReportPeriod> tree(int year) {
        List<ReportPeriod> all = new ArrayList<>();
        all.add(year(year));
        for (ReportPeriod q : year(year).children()) {
            all.add(q);
            all.addAll(q.children());
        }
        return all;
    }

    /** The first instant of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in {@code zone}. */
    public Instant end(ZoneId zone) {
        return to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return key();
    }
}
