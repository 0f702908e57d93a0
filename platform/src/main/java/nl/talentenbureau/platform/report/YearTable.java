package nl.talentenbureau.platform.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.talentenbureau.platform.report.Protection.Mark;
import nl.talentenbureau.platform.report.Protection.Relation;

/**
 * One year's publication of a table of counts, decided once from all its exact figures: the year, its quarters, its
 * months, and the year per group of each dimension (kern, training...). Every report of that year is a slice of it,
 * so the same figure is the same cell in every report and the only relations a reader can combine are the sums "year
 * = quarters", "quarter = months" and "year = the groups of one dimension". Each sum goes through {@link Protection}
 * (a hidden parent withholds its children; a shown parent's hidden children are never pinned), parents before
 * children. This is the mechanism of matching-service's impact report, without its domain: columns are names,
 * figures are {@code long}s. Plain Java.
 * <p>
 * A column of distinct people counted over time (one volunteer active in two months counts in both, and once in the
 * quarter) is not a sum over time: name it in {@code distinctOverTime}, and its period sums are checked as
 * {@link Relation#DISTINCT}. Groups are taken as sums either way (a reader may add kernen up).
 */
public final class YearTable {

    /** A count of 1 to 4. */
    public static final String UNDER_FIVE = "<5";
    /** A count hidden so that a small cell cannot be worked out from the others. */
    public static final String HIDDEN = "suppressed";
    public static final String TOTAL = "total";
    public static final String FEWER_THAN_5 = "suppressed: fewer than 5";
    public static final String COMPLEMENTARY = "suppressed: would reveal a small cell through a total";
    public static final String WITHHELD = "suppressed: withheld with the other cells of its total";
    public static final String NONE = "none in the period";
    /** The rule in words, for the answer's {@code suppression} field. */
    public static final String RULE = "counts 1 to 4 are shown as \"<5\" and 0 stays 0; medians over fewer than 5"
            + " values are null; cells that would let a hidden cell be worked out (through a total or a longer period)"
            + " are \"suppressed\"; every report of a year is a slice of one publication of that year";

    private YearTable() {
    }

    /**
     * The exact counts of a year: for each period of {@link ReportPeriod#tree(int)} and for the whole year per group of
     * each dimension (in the order the rows are to be shown), one value per column (in the order of {@code columns}).
     */
    public record Counts(int year, List<String> columns, Map<ReportPeriod, long[]> periods,
            Map<String, Map<String, long[]>> groups) {
    }

    /** A published cell: the count itself ({@link Long}), {@code "<5"} or {@code "suppressed"}; why, when hidden. */
    public record Cell(Object value, String reason) {

        public boolean shown() {
            return reason == null;
        }
    }

    /** What may be published of a year: per period and per dimension's group, one cell per column. */
    public record Published(List<String> columns, Map<ReportPeriod, List<Cell>> periods,
            Map<String, Map<String, List<Cell>>> groups) {

        public List<Cell> period(ReportPeriod period) {
            return periods.get(period);
        }

        /** The groups of a dimension, in the order of the counts (a {@code Tally} sorts them by group). */
        public Map<String, List<Cell>> groups(String dimension) {
            return groups.getOrDefault(dimension, Map.of());
        }
    }

    /**
     * The mark of every cell, per column (in the order of the counts' columns): for the periods, and per dimension
     * for its groups (in the order of the counts). For a report that needs more than counts (matching-service's impact report
     * marks its hours and linked columns itself, on top of these).
     */
    public record Marks(Map<ReportPeriod, Mark[]> periods, Map<String, Map<String, Mark[]>> groups) {
    }

    public static Published publish(Counts counts, Set<String> distinctOverTime) {
        Marks marks = marks(counts, distinctOverTime);
        Map<ReportPeriod, List<Cell>> periods = new LinkedHashMap<>();
        marks.periods().forEach((p, m) -> periods.put(p, cells(counts.periods().get(p), m)));
        Map<String, Map<String, List<Cell>>> groups = new LinkedHashMap<>();
        marks.groups().forEach((dimension, byGroup) -> {
            Map<String, List<Cell>> rows = new LinkedHashMap<>();
            byGroup.forEach((group, m) -> rows.put(group, cells(counts.groups().get(dimension).get(group), m)));
            groups.put(dimension, Collections.unmodifiableMap(rows));
        });
        return new Published(List.copyOf(counts.columns()), Collections.unmodifiableMap(periods),
                Collections.unmodifiableMap(groups));
    }

    public static Marks marks(Counts counts, Set<String> distinctOverTime) {
        int n = counts.columns().size();
        ReportPeriod year = ReportPeriod.year(counts.year());
        Map<ReportPeriod, Mark[]> periodMarks = new LinkedHashMap<>();
        for (ReportPeriod p : ReportPeriod.tree(counts.year())) {
            require(counts.periods().get(p), n, p.key());
            periodMarks.put(p, new Mark[n]);
        }
        Map<String, Map<String, Mark[]>> groupMarks = new LinkedHashMap<>();
        counts.groups().forEach((dimension, groups) -> {
            // in the order given: complementary cells are chosen smallest first, then by position
            Map<String, Mark[]> marks = new LinkedHashMap<>();
            groups.forEach((group, values) -> {
                require(values, n, dimension + " " + group);
                marks.put(group, new Mark[n]);
            });
            groupMarks.put(dimension, marks);
        });

        for (int c = 0; c < n; c++) {
            final int column = c;
            // a volunteer active in two months counts in both: over time such a column is no sum; over groups
            // (kernen) a reader may take it as one, so it is protected as a sum there
            Relation overTime = distinctOverTime.contains(counts.columns().get(c)) ? Relation.DISTINCT : Relation.SUM;
            periodMarks.get(year)[c] = Protection.root(counts.periods().get(year)[c]);
            // parents before children: the year's quarters and its groups, then each quarter's months
            sum(counts.periods().get(year)[c], periodMarks.get(year)[c],
                    year.children().stream().map(q -> counts.periods().get(q)[column]).toList(),
                    year.children().stream().map(periodMarks::get).toList(), c, overTime);
            for (String dimension : groupMarks.keySet()) {
                Map<String, Mark[]> marks = groupMarks.get(dimension);
                Map<String, long[]> values = counts.groups().get(dimension);
                sum(counts.periods().get(year)[c], periodMarks.get(year)[c],
                        marks.keySet().stream().map(g -> values.get(g)[column]).toList(),
                        new ArrayList<>(marks.values()), c, Relation.SUM);
            }
            for (ReportPeriod q : year.children()) {
                sum(counts.periods().get(q)[c], periodMarks.get(q)[c],
                        q.children().stream().map(m -> counts.periods().get(m)[column]).toList(),
                        q.children().stream().map(periodMarks::get).toList(), c, overTime);
            }
        }
        return new Marks(periodMarks, groupMarks);
    }

    /** The median of the values, or null when there are fewer than 5 (a median of few values tells of persons). */
    public static Double median(List<Long> values) {
        if (values.size() < Protection.THRESHOLD) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int size = sorted.length;
        return size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2.0;
    }

    /** Why a median is null: none at all, or too few; null when it is shown. */
    public static String medianReason(List<Long> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        return values.size() < Protection.THRESHOLD ? FEWER_THAN_5 : null;
    }

    private static void sum(long parent, Mark parentMark, List<Long> children, List<Mark[]> childMarks, int column,
            Relation relation) {
        long[] values = children.stream().mapToLong(Long::longValue).toArray();
        List<Mark> marks = Protection.counts(parent, parentMark, values, relation);
        for (int i = 0; i < marks.size(); i++) {
            childMarks.get(i)[column] = marks.get(i);
        }
    }

    private static List<Cell> cells(long[] values, Mark[] marks) {
        List<Cell> cells = new ArrayList<>(values.length);
        for (int c = 0; c < values.length; c++) {
            cells.add(switch (marks[c]) {
                case SHOWN -> new Cell(values[c], null);
                case UNDER_FIVE -> new Cell(UNDER_FIVE, FEWER_THAN_5);
                case COMPLEMENTARY -> new Cell(HIDDEN, COMPLEMENTARY);
                case WITHHELD -> new Cell(HIDDEN, WITHHELD);
            });
        }
        return List.copyOf(cells);
    }

    private static void require(long[] values, int columns, String where) {
        if (values == null || values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values for " + where + ", got "
                    + (values == null ? "none" : Arrays.toString(values)));
        }
    }
}
