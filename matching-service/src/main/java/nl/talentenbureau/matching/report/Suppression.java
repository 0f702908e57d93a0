package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;
import nl.talentenbureau.platform.report.Protection;
import nl.talentenbureau.platform.report.Protection.Mark;
import nl.talentenbureau.platform.report.ReportPeriod;
import nl.talentenbureau.platform.report.YearTable;

/**
 * Turns a year's exact figures into what may be published (DESIGN.md: aggregate reports over fixed calendar periods
 * suppress cells under 5 and everything that would let a hidden cell be derived). Plain Java.
 *
 * <p>
 * Every report of a year is a slice of one publication of that year, decided once from all its figures: the year,
 * its quarters, its months, and the year per kern, theme and organisation. So the same figure is the same cell in
 * every report (the total of {@code by=kern} is the total of {@code by=theme}, the month row of a quarter report is
 * that month's total), and the only relations a reader can combine are the sums "year = quarters", "quarter =
 * months" and "year total = groups". Each sum goes through {@link Protection} (the counts through platform's
 * {@link YearTable}, as in every aggregate report of the coalition): a hidden parent withholds all its
 * children, and a shown parent's hidden children are never pinned by their sum. Columns that give each other away
 * (unmatched requests with requests; the share of 55+ with the active volunteers) are all or nothing per sum and
 * shown only next to a shown count, so nothing derived from a hidden cell is shown.
 */
public final class Suppression {

    static final String TOTAL = "total";
    static final String FEWER_THAN_5 = "suppressed: fewer than 5";
    static final String FEWER_THAN_5_MATCHES = "suppressed: hours of fewer than 5 matches";
    static final String COMPLEMENTARY = "suppressed: would reveal a small cell through a total";
    static final String WITHHELD = "suppressed: withheld with the other cells of its total";
    static final String LINKED = "suppressed: with the requests or volunteers it would reveal a count under 5";
    static final String NONE = "none in the period";
    static final String RULE = "counts 1 to 4 are shown as \"<5\" and 0 stays 0; hours of fewer than 5 matches and"
            + " medians over fewer than 5 values are null; cells that would let a hidden cell be worked out (through a"
            + " total, a longer period, or another column) are \"suppressed\" or null; see the README, \"Reports\"";

    static final List<String> COUNTS = List.of("requests", "matchesMade", "matchesCompleted", "activeVolunteers");
    static final String UNMATCHED = "unmatchedRequests";
    static final String HOURS = "hours";
    static final String SHARE = "shareAged55Plus";

    private Suppression() {
    }

    /** The exact figures of a year: every period of it (year, quarters, months) and the year per group. */
    public record YearFigures(int year, Map<ReportPeriod, Figures> periods,
            Map<Grouping, Map<String, Figures>> groups) {
    }

    /** What may be published of a year; every report of that year is a slice of it. */
    public record Publication(Map<ReportPeriod, ImpactRow> periods, Map<Grouping, List<ImpactRow>> groups) {

        public ImpactReportView view(ReportQuery query, ZoneId zone) {
            ReportPeriod period = query.period();
            List<ImpactRow> rows = query.by() == Grouping.MONTH
                    ? period.months().stream().map(m -> periods.get(m).withGroup(m.key())).toList()
                    : groups.get(query.by());
            return new ImpactReportView(period.key(), period.from(), period.to(), query.by().key(), zone.getId(), RULE,
                    rows, periods.get(period).withGroup(TOTAL));
        }
    }

    public static Publication publish(YearFigures raw) {
        Map<ReportPeriod, Row> periods = new LinkedHashMap<>();
        for (ReportPeriod p : ReportPeriod.tree(raw.year())) {
            periods.put(p, new Row(p.key(), raw.periods().get(p)));
        }
        Map<Grouping, List<Row>> groups = new EnumMap<>(Grouping.class);
        raw.groups().forEach((by, figures) -> groups.put(by,
                figures.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList()));
        ReportPeriod yearPeriod = ReportPeriod.year(raw.year());
        Row year = periods.get(yearPeriod);

        // the counts: platform's YearTable decides them, as for every aggregate report of the coalition
        // (volunteers: months overlap, one volunteer is active in many, so over time they are no sum)
        Map<ReportPeriod, long[]> periodCounts = new LinkedHashMap<>();
        periods.forEach((p, row) -> periodCounts.put(p, counts(row.figures)));
        Map<String, Map<String, long[]>> groupCounts = new LinkedHashMap<>();
        groups.forEach((by, rows) -> {
            Map<String, long[]> byGroup = new LinkedHashMap<>();
            rows.forEach(row -> byGroup.put(row.group, counts(row.figures)));
            groupCounts.put(by.key(), byGroup);
        });
        YearTable.Marks marks = YearTable.marks(new YearTable.Counts(raw.year(), COUNTS, periodCounts, groupCounts),
                Set.of("activeVolunteers"));
        periods.forEach((p, row) -> row.mark(marks.periods().get(p)));
        groups.forEach((by, rows) -> rows.forEach(row -> row.mark(marks.groups().get(by.key()).get(row.group))));

        // hours and the linked columns over the same sums, parents before children: the year, then its quarters and
        // its groups, then the months
        List<Sum> sums = new ArrayList<>();
        sums.add(new Sum(year, yearPeriod.children().stream().map(periods::get).toList()));
        groups.values().forEach(rows -> sums.add(new Sum(year, rows)));
        for (ReportPeriod q : yearPeriod.children()) {
            sums.add(new Sum(periods.get(q), q.children().stream().map(periods::get).toList()));
        }

        year.marks.put(HOURS, Protection.root(year.figures.matchesWithHours()));
        for (Sum sum : sums) {
            long[] matches = sum.children.stream().mapToLong(r -> r.figures.matchesWithHours()).toArray();
            sum.mark(HOURS, Protection.hours(sum.parent.marks.get(HOURS), matches));
        }
        linked(UNMATCHED, year, sums, Suppression::unmatchedSafe);
        linked(SHARE, year, sums, Suppression::shareSafe);

        Map<ReportPeriod, ImpactRow> publishedPeriods = new LinkedHashMap<>();
        periods.forEach((p, row) -> publishedPeriods.put(p, row.publish()));
        Map<Grouping, List<ImpactRow>> publishedGroups = new EnumMap<>(Grouping.class);
        groups.forEach((by, rows) -> publishedGroups.put(by, rows.stream().map(Row::publish).toList()));
        return new Publication(publishedPeriods, publishedGroups);
    }

    /** A column shown only where it is safe next to the others, all or nothing per sum. */
    private static void linked(String column, Row year, List<Sum> sums, Predicate<Row> safe) {
        year.marks.put(column, safe.test(year) ? Mark.SHOWN : Mark.WITHHELD);
        for (Sum sum : sums) {
            boolean[] safes = new boolean[sum.children.size()];
            for (int i = 0; i < safes.length; i++) {
                safes[i] = safe.test(sum.children.get(i));
            }
            sum.mark(column, Protection.allOrNothing(sum.parent.marks.get(column), safes));
        }
    }

    /**
     * Unmatched requests are shown next to shown requests only, and only when neither they nor the matched rest
     * ({@code requests - unmatched}) is 1 to 4.
     */
    static boolean unmatchedSafe(Row row) {
        Figures f = row.figures;
        return row.marks.get("requests") == Mark.SHOWN && !Protection.small(f.unmatchedRequests())
                && !Protection.small(f.requests() - f.unmatchedRequests());
    }

    /**
     * A share is shown next to a shown volunteer count only, over at least 5 known ages, and only when neither the 55+
     * nor the younger count is 1 to 4 (share times volunteers would give it back).
     */
    static boolean shareSafe(Row row) {
        Figures f = row.figures;
        return row.marks.get("activeVolunteers") == Mark.SHOWN && f.knownAge() >= Protection.THRESHOLD
                && !Protection.small(f.aged55Plus()) && !Protection.small(f.knownAge() - f.aged55Plus());
    }

    /** A parent and the children it is the sum of: its shorter periods or its groups. */
    private record Sum(Row parent, List<Row> children) {

        void mark(String column, List<Mark> marks) {
            for (int i = 0; i < children.size(); i++) {
                children.get(i).marks.put(column, marks.get(i));
            }
        }
    }

    /** One row being decided: the exact figures and, per column, its mark. */
    private static final class Row {

        final String group;
        final Figures figures;
        final Map<String, Mark> marks = new LinkedHashMap<>();

        Row(String group, Figures figures) {
            this.group = group;
            this.figures = figures;
        }

        /** The marks of {@link #COUNTS}, in their order. */
        void mark(Mark[] counts) {
            for (int c = 0; c < COUNTS.size(); c++) {
                marks.put(COUNTS.get(c), counts[c]);
            }
        }

        ImpactRow publish() {
            Map<String, String> reasons = new LinkedHashMap<>();
            Map<String, Object> counts = new LinkedHashMap<>();
            for (String column : COUNTS) {
                counts.put(column, count(column, counter(column).applyAsLong(figures), reasons));
            }
            Object unmatched = count(UNMATCHED, figures.unmatchedRequests(), reasons);
            BigDecimal hours = hours(reasons);
            Double median = figures.daysToMatch().size() >= Protection.THRESHOLD ? figures.medianDaysToMatch() : null;
            if (median == null) {
                reasons.put("medianDaysToMatch", figures.daysToMatch().isEmpty() ? NONE : FEWER_THAN_5);
            }
            Double share = null;
            if (figures.knownAge() == 0) {
                reasons.put(SHARE, NONE);
            } else if (marks.get(SHARE).hidden()) {
                reasons.put(SHARE, LINKED);
            } else {
                share = round3(figures.shareAged55Plus());
            }
            return new ImpactRow(group, counts.get("requests"), counts.get("matchesMade"),
                    counts.get("matchesCompleted"), hours, median, counts.get("activeVolunteers"), share, unmatched,
                    Collections.unmodifiableMap(reasons));
        }

        private Object count(String column, long value, Map<String, String> reasons) {
            Mark mark = marks.get(column);
            if (UNMATCHED.equals(column) && mark.hidden()) {
                // one reason for every hidden unmatched cell: which one was unsafe stays unknown
                reasons.put(column, LINKED);
                return ImpactReportView.HIDDEN;
            }
            return switch (mark) {
                case SHOWN -> value;
                case UNDER_FIVE -> {
                    reasons.put(column, FEWER_THAN_5);
                    yield ImpactReportView.UNDER_FIVE;
                }
                case COMPLEMENTARY -> {
                    reasons.put(column, COMPLEMENTARY);
                    yield ImpactReportView.HIDDEN;
                }
                case WITHHELD -> {
                    reasons.put(column, WITHHELD);
                    yield ImpactReportView.HIDDEN;
                }
            };
        }

        private BigDecimal hours(Map<String, String> reasons) {
            Mark mark = marks.get(HOURS);
            if (mark.hidden()) {
                reasons.put(HOURS, switch (mark) {
                    case UNDER_FIVE -> FEWER_THAN_5_MATCHES;
                    case COMPLEMENTARY -> COMPLEMENTARY;
                    default -> WITHHELD;
                });
                return null;
            }
            BigDecimal rounded = figures.hours().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            // 30 rather than 3E+1
            return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
        }
    }

    private static long[] counts(Figures figures) {
        return COUNTS.stream().mapToLong(column -> counter(column).applyAsLong(figures)).toArray();
    }

    static ToLongFunction<Figures> counter(String column) {
        return switch (column) {
            case "requests" -> Figures::requests;
            case "matchesMade" -> Figures::matchesMade;
            case "matchesCompleted" -> Figures::matchesCompleted;
            case "activeVolunteers" -> Figures::activeVolunteers;
            default -> throw new IllegalArgumentException(column);
        };
    }

    private static double round3(double value) {
        return Math.round(value * 1000d) / 1000d;
    }
}
