package nl.talentenbureau.volunteer.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.talentenbureau.platform.report.ReportPeriod;
import nl.talentenbureau.platform.report.YearTable;

/**
 * The exact figures of one year, counted from dated events: each event adds to one column on one day, in one group
 * per dimension (its kern, its training...). Every period of the year ({@link ReportPeriod#tree}) and every group of
 * the whole year gets its sums, and the values a median is taken of. Events on days outside the year are not counted.
 * Plain Java; what may be published of it is {@link YearTable}'s decision.
 */
final class Tally {

    /** The group of an event without one (no kern, no source recorded). */
    static final String UNKNOWN = "unknown";

    private final int year;
    private final List<String> columns;
    private final List<String> dimensions;
    private final Map<ReportPeriod, long[]> periods = new LinkedHashMap<>();
    private final Map<ReportPeriod, List<Long>> periodValues = new HashMap<>();
    private final Map<String, Map<String, long[]>> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Long>>> groupValues = new HashMap<>();

    Tally(int year, List<String> columns, List<String> dimensions) {
        this.year = year;
        this.columns = List.copyOf(columns);
        this.dimensions = List.copyOf(dimensions);
        for (ReportPeriod p : ReportPeriod.tree(year)) {
            periods.put(p, new long[columns.size()]);
            periodValues.put(p, new ArrayList<>());
        }
        for (String dimension : dimensions) {
            groups.put(dimension, new TreeMap<>());
            groupValues.put(dimension, new HashMap<>());
        }
    }

    /**
     * Adds {@code amount} to {@code column} on {@code day}, in the event's group of each dimension
     * ({@code groupOf}: dimension to group; a missing or blank group is {@link #UNKNOWN}).
     */
    void add(LocalDate day, Map<String, String> groupOf, String column, long amount) {
        if (day == null || day.getYear() != year) {
            return;
        }
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        for (ReportPeriod p : containing(day)) {
            periods.get(p)[c] += amount;
        }
        for (String dimension : dimensions) {
            groups.get(dimension).computeIfAbsent(group(groupOf, dimension),
                    g -> new long[columns.size()])[c] += amount;
        }
    }

    /** A value a median is taken of (days from applying to active), on the day it belongs to. */
    void value(LocalDate day, Map<String, String> groupOf, long value) {
        if (day == null || day.getYear() != year) {
            return;
        }
        for (ReportPeriod p : containing(day)) {
            periodValues.get(p).add(value);
        }
        for (String dimension : dimensions) {
            String group = group(groupOf, dimension);
            // a group with values only still gets its row
            groups.get(dimension).computeIfAbsent(group, g -> new long[columns.size()]);
            groupValues.get(dimension).computeIfAbsent(group, g -> new ArrayList<>()).add(value);
        }
    }

    YearTable.Counts counts() {
        return new YearTable.Counts(year, columns, periods, groups);
    }

    List<Long> values(ReportPeriod period) {
        return List.copyOf(periodValues.get(period));
    }

    List<Long> values(String dimension, String group) {
        return List.copyOf(groupValues.get(dimension).getOrDefault(group, List.of()));
    }

    private List<ReportPeriod> containing(LocalDate day) {
        ReportPeriod month = ReportPeriod.month(year, day.getMonthValue());
        return List.of(ReportPeriod.year(year), month.parent(), month);
    }

    private static String group(Map<String, String> groupOf, String dimension) {
        String group = groupOf.get(dimension);
        return group == null || group.isBlank() ? UNKNOWN : group;
    }
}
