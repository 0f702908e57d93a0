package nl.talentenbureau.matching.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import nl.talentenbureau.matching.report.ImpactCalculator.RawReport;
import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;

/**
 * Turns exact figures into publishable ones (DESIGN.md: aggregate reports suppress cells under 5). Plain Java.
 *
 * <ul>
 * <li>Primary: a count of 1 to 4 is shown as {@code "<5"}; 0 stays 0 (the usual statistical rule: an empty cell
 * names nobody). A median or share over fewer than 5 values is null; hours of a group whose hours were logged on
 * fewer than 5 matches are null.</li>
 * <li>Complementary, per count column: the total is exact, so the hidden cells' sum is known. Each hidden cell is
 * known to lie in 1..4 ({@code "<5"}) or to be at least 5 ({@code "suppressed"}). While that sum pins any hidden cell
 * to one value (one hidden cell alone, or all at their bound), the smallest shown cell of 5 or more is hidden too
 * ({@code "suppressed"}); when none is left, the total is hidden. Hours: when exactly one group's hours are hidden,
 * the hours of the group with the next fewest matches are hidden too (or the total's).</li>
 * </ul>
 */
public final class Suppression {

    public static final int THRESHOLD = 5;
    static final String TOTAL = "total";
    static final String FEWER_THAN_5 = "suppressed: fewer than 5";
    static final String FEWER_THAN_5_MATCHES = "suppressed: hours of fewer than 5 matches";
    static final String COMPLEMENTARY = "suppressed: would reveal a small cell through the total";
    static final String NONE = "none in the period";
    static final String RULE = "counts 1 to 4 are shown as \"<5\" and 0 stays 0; medians and shares over fewer than 5"
            + " values and hours of fewer than 5 matches are null; where the total would reveal a hidden cell, the"
            + " next smallest cell of that column (or the total) is shown as \"suppressed\"";

    private static final List<String> COUNT_COLUMNS = List.of("requests", "matchesMade", "matchesCompleted",
            "activeVolunteers", "unmatchedRequests");

    private Suppression() {
    }

    public static ImpactReportView publish(RawReport raw, ZoneId zone) {
        List<String> keys = new ArrayList<>(raw.groups().keySet());
        List<Figures> figures = keys.stream().map(raw.groups()::get).toList();
        Map<String, Map<String, Object>> cells = new LinkedHashMap<>();
        Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
        for (String key : keys) {
            cells.put(key, new LinkedHashMap<>());
            reasons.put(key, new LinkedHashMap<>());
        }
        cells.put(TOTAL, new LinkedHashMap<>());
        reasons.put(TOTAL, new LinkedHashMap<>());

        for (String column : COUNT_COLUMNS) {
            ToLongFunction<Figures> value = counter(column);
            long[] values = figures.stream().mapToLong(value).toArray();
            long total = value.applyAsLong(raw.total());
            Column published = counts(values, total);
            for (int i = 0; i < keys.size(); i++) {
                put(cells.get(keys.get(i)), reasons.get(keys.get(i)), column, published.cells.get(i));
            }
            put(cells.get(TOTAL), reasons.get(TOTAL), column, published.total);
        }
        hours(keys, figures, raw.total(), cells, reasons);

        List<ImpactRow> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(row(keys.get(i), figures.get(i), cells.get(keys.get(i)), reasons.get(keys.get(i))));
        }
        ImpactRow total = row(TOTAL, raw.total(), cells.get(TOTAL), reasons.get(TOTAL));
        return new ImpactReportView(raw.period().from(), raw.period().to(), raw.period().by().key(), zone.getId(),
                RULE, rows, total);
    }

    /** A published count: the number, {@code "<5"} or {@code "suppressed"}, with the reason when hidden. */
    record Cell(Object value, String reason) {
    }

    record Column(List<Cell> cells, Cell total) {
    }

    /** The count rule on one column: primary, then complementary cells until no hidden cell can be worked out. */
    static Column counts(long[] values, long total) {
        Set<Integer> primary = new HashSet<>();
        Set<Integer> secondary = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            if (small(values[i])) {
                primary.add(i);
            }
        }
        boolean totalHidden = small(total);
        while (!totalHidden && !primary.isEmpty() && revealing(values, primary, secondary)) {
            int next = -1;
            for (int i = 0; i < values.length; i++) {
                if (!primary.contains(i) && !secondary.contains(i) && values[i] >= THRESHOLD
                        && (next < 0 || values[i] < values[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                totalHidden = true;
            } else {
                secondary.add(next);
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            cells.add(primary.contains(i)
                    ? new Cell(ImpactReportView.UNDER_FIVE, FEWER_THAN_5)
                    : secondary.contains(i)
                            ? new Cell(ImpactReportView.HIDDEN, COMPLEMENTARY)
                            : new Cell(values[i], null));
        }
        Cell totalCell = small(total)
                ? new Cell(ImpactReportView.UNDER_FIVE, FEWER_THAN_5)
                : totalHidden ? new Cell(ImpactReportView.HIDDEN, COMPLEMENTARY) : new Cell(total, null);
        return new Column(cells, totalCell);
    }

    /**
     * Whether a reader who knows the hidden cells' sum (total minus the shown cells) and that each lies in 1..4
     * ("<5") or is at least 5 ("suppressed") can work out any one of them: it is pinned when the others' bounds
     * leave it a single value.
     */
    static boolean revealing(long[] values, Set<Integer> primary, Set<Integer> secondary) {
        List<Integer> hidden = new ArrayList<>(primary);
        hidden.addAll(secondary);
        long sum = hidden.stream().mapToLong(i -> values[i]).sum();
        for (int i : hidden) {
            long low = primary.contains(i) ? 1 : THRESHOLD;
            long high = primary.contains(i) ? THRESHOLD - 1 : Long.MAX_VALUE;
            long othersLow = 0;
            long othersHigh = 0;
            boolean othersUnbounded = false;
            for (int j : hidden) {
                if (j != i) {
                    othersLow += primary.contains(j) ? 1 : THRESHOLD;
                    if (primary.contains(j)) {
                        othersHigh += THRESHOLD - 1;
                    } else {
                        othersUnbounded = true;
                    }
                }
            }
            long lowest = othersUnbounded ? low : Math.max(low, sum - othersHigh);
            long highest = Math.min(high, sum - othersLow);
            if (lowest >= highest) {
                return true;
            }
        }
        return false;
    }

    /** Hours: null for fewer than 5 matches with hours; one hidden group takes the next fewest with it. */
    private static void hours(List<String> keys, List<Figures> figures, Figures total,
            Map<String, Map<String, Object>> cells, Map<String, Map<String, String>> reasons) {
        Set<Integer> hidden = new HashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            if (small(figures.get(i).matchesWithHours())) {
                hidden.add(i);
            }
        }
        boolean totalHidden = small(total.matchesWithHours());
        Set<Integer> complementary = new HashSet<>();
        if (hidden.size() == 1 && !totalHidden) {
            int next = -1;
            for (int i = 0; i < figures.size(); i++) {
                long matches = figures.get(i).matchesWithHours();
                if (!hidden.contains(i) && matches > 0
                        && (next < 0 || matches < figures.get(next).matchesWithHours())) {
                    next = i;
                }
            }
            if (next < 0) {
                totalHidden = true;
            } else {
                complementary.add(next);
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            String reason = hidden.contains(i)
                    ? FEWER_THAN_5_MATCHES
                    : complementary.contains(i) ? COMPLEMENTARY : null;
            hoursCell(cells.get(keys.get(i)), reasons.get(keys.get(i)), figures.get(i).hours(), reason);
        }
        String totalReason = small(total.matchesWithHours())
                ? FEWER_THAN_5_MATCHES
                : totalHidden ? COMPLEMENTARY : null;
        hoursCell(cells.get(TOTAL), reasons.get(TOTAL), total.hours(), totalReason);
    }

    private static void hoursCell(Map<String, Object> cells, Map<String, String> reasons, BigDecimal hours,
            String reason) {
        if (reason != null) {
            cells.put("hours", null);
            reasons.put("hours", reason);
        } else {
            BigDecimal rounded = hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            // 30 rather than 3E+1
            cells.put("hours", rounded.scale() < 0 ? rounded.setScale(0) : rounded);
        }
    }

    private static ImpactRow row(String group, Figures f, Map<String, Object> cells, Map<String, String> reasons) {
        Double median = f.daysToMatch().size() >= THRESHOLD ? f.medianDaysToMatch() : null;
        if (median == null) {
            reasons.put("medianDaysToMatch", f.daysToMatch().isEmpty() ? NONE : FEWER_THAN_5);
        }
        Double share = f.knownAge() >= THRESHOLD ? round3(f.shareAged55Plus()) : null;
        if (share == null) {
            reasons.put("shareAged55Plus", f.knownAge() == 0 ? NONE : FEWER_THAN_5);
        }
        return new ImpactRow(group, cells.get("requests"), cells.get("matchesMade"), cells.get("matchesCompleted"),
                (BigDecimal) cells.get("hours"), median, cells.get("activeVolunteers"), share,
                cells.get("unmatchedRequests"), Collections.unmodifiableMap(new LinkedHashMap<>(reasons)));
    }

    private static void put(Map<String, Object> cells, Map<String, String> reasons, String column, Cell cell) {
        cells.put(column, cell.value());
        if (cell.reason() != null) {
            reasons.put(column, cell.reason());
        }
    }

    private static ToLongFunction<Figures> counter(String column) {
        return switch (column) {
            case "requests" -> Figures::requests;
            case "matchesMade" -> Figures::matchesMade;
            case "matchesCompleted" -> Figures::matchesCompleted;
            case "activeVolunteers" -> Figures::activeVolunteers;
            case "unmatchedRequests" -> Figures::unmatchedRequests;
            default -> throw new IllegalArgumentException(column);
        };
    }

    private static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    private static double round3(double value) {
        return Math.round(value * 1000d) / 1000d;
    }
}
