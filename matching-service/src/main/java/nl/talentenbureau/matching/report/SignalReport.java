package nl.talentenbureau.matching.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.platform.report.Protection;
import nl.talentenbureau.platform.report.Protection.Mark;
import nl.talentenbureau.platform.report.ReportPeriod;
import nl.talentenbureau.platform.report.YearTable;

/**
 * The signals' counts (issue 16) under the impact report's privacy floor, with the same mechanism: a year's exact
 * figures (the year, its quarters and months, the year per kern and per theme) decided once by platform's
 * {@link YearTable}, so
 * every report of that year is a slice of one publication and the only sums a reader can combine ("year = quarters",
 * "quarter = months", "year = kernen", "year = themes") never pin a hidden cell. Counts of 1 to 4 are {@code "<5"}; the
 * medians of the hours to pick-up and to feedback are shown only next to a shown count and over at least 5 values.
 * Nothing below a kern: no organisation, no raiser, no signal. Plain Java.
 */
public final class SignalReport {

    static final List<Grouping> DIMENSIONS = List.of(Grouping.KERN, Grouping.THEME);
    private static final List<String> COLUMNS = List.of("signals");
    static final String WITH_ITS_COUNT = "suppressed: with the count it belongs to";
    static final String RULE = "counts 1 to 4 are shown as \"<5\" and 0 stays 0; counts that would let a hidden one be"
            + " worked out through a total or a longer period are \"suppressed\"; medians over fewer than 5 signals or"
            + " next to a hidden count are null; see matching-service's README, \"Signal report\"";

    private SignalReport() {
    }

    /** One signal: where, about what, when raised, picked up and answered (null: not yet). */
    public record Fact(String kern, String theme, Instant raisedAt, Instant pickedUpAt, Instant feedbackAt) {
    }

    /** The exact figures of one cell. */
    record Cell(long signals, List<Double> hoursToPickUp, List<Double> hoursToFeedback) {

        static Cell of(List<Fact> facts) {
            List<Double> pickUp = new ArrayList<>();
            List<Double> feedback = new ArrayList<>();
            for (Fact f : facts) {
                if (f.pickedUpAt() != null) {
                    pickUp.add(hours(f.raisedAt(), f.pickedUpAt()));
                }
                if (f.feedbackAt() != null) {
                    feedback.add(hours(f.raisedAt(), f.feedbackAt()));
                }
            }
            return new Cell(facts.size(), pickUp, feedback);
        }

        private static double hours(Instant from, Instant to) {
            return Duration.between(from, to).toSeconds() / 3600d;
        }
    }

    @Schema(name = "SignalReport", description = "Signals per group and in total for a fixed calendar period, small cells and every cell that would reveal one suppressed")
    public record View(
            @Schema(description = "The period asked for: a year, a quarter or a month", examples = "2026") String period,
            @Schema(description = "First day of the period (included)", examples = "2026-01-01") LocalDate from,
            @Schema(description = "Last day of the period (included)", examples = "2026-12-31") LocalDate to,
            @Schema(description = "What the groups are: kern, theme or month", examples = "kern") String by,
            @Schema(description = "The zone the period's days and months are taken in", examples = "Europe/Amsterdam") String zone,
            @Schema(description = "The suppression rule in words", examples = "counts 1 to 4 are shown as \"<5\"; 0 stays 0") String suppression,
            @Schema(description = "One row per group, sorted by group") List<Row> groups,
            @Schema(description = "The whole period, every group together") Row total) {
    }

    @Schema(name = "SignalReportRow", description = "The figures of one group (or the total). A count is a number, \"<5\" (1 to 4) or \"suppressed\"; a median is null when suppressed, with the reason in `suppressed`")
    public record Row(
            @Schema(description = "The kern, theme or month (yyyy-MM); `total` for the total row", examples = "breukelen") String group,
            @Schema(description = "Signals raised in the period", oneOf = {
                    Long.class, String.class}, examples = "12") Object signals,
            @Schema(description = "Median hours from raising to pick-up, over the signals raised in the period and picked up; null when suppressed or none", nullable = true, examples = "18.5") Double medianHoursToPickUp,
            @Schema(description = "Median hours from raising to the feedback to the raiser; null when suppressed or none", nullable = true, examples = "70.0") Double medianHoursToFeedback,
            @Schema(description = "Per suppressed or empty column: why", examples = "{\"medianHoursToFeedback\": \"suppressed: fewer than 5\"}") Map<String, String> suppressed){

        Row withGroup(String name) {
            return new Row(name, signals, medianHoursToPickUp, medianHoursToFeedback, suppressed);
        }
    }

    /** What may be published of a year; every report of that year is a slice of it. */
    public record Publication(Map<ReportPeriod, Row> periods, Map<Grouping, List<Row>> groups) {

        public View view(ReportQuery query, ZoneId zone) {
            ReportPeriod period = query.period();
            List<Row> rows = query.by() == Grouping.MONTH
                    ? period.months().stream().map(m -> periods.get(m).withGroup(m.key())).toList()
                    : groups.get(query.by());
            return new View(period.key(), period.from(), period.to(), query.by().key(), zone.getId(), RULE, rows,
                    periods.get(period).withGroup(Suppression.TOTAL));
        }
    }

    /** Decides a whole year at once from its signals (those raised in other years are passed over). */
    public static Publication publish(int year, ZoneId zone, List<Fact> facts) {
        ReportPeriod yearPeriod = ReportPeriod.year(year);
        Map<ReportPeriod, Cell> periods = new LinkedHashMap<>();
        for (ReportPeriod p : ReportPeriod.tree(year)) {
            Instant start = p.start(zone);
            Instant end = p.end(zone);
            periods.put(p, Cell.of(facts.stream()
                    .filter(f -> !f.raisedAt().isBefore(start) && f.raisedAt().isBefore(end)).toList()));
        }
        List<Fact> ofYear = facts.stream().filter(f -> !f.raisedAt().isBefore(yearPeriod.start(zone))
                && f.raisedAt().isBefore(yearPeriod.end(zone))).toList();
        Map<Grouping, Map<String, Cell>> groups = new EnumMap<>(Grouping.class);
        groups.put(Grouping.KERN, grouped(ofYear, Fact::kern));
        groups.put(Grouping.THEME, grouped(ofYear, Fact::theme));

        // one column, decided by platform's YearTable: the same sums, parents before children, as every report
        Map<ReportPeriod, long[]> periodCounts = new LinkedHashMap<>();
        periods.forEach((p, cell) -> periodCounts.put(p, new long[]{cell.signals()}));
        Map<String, Map<String, long[]>> groupCounts = new LinkedHashMap<>();
        groups.forEach((by, cells) -> {
            Map<String, long[]> counts = new LinkedHashMap<>();
            cells.forEach((group, cell) -> counts.put(group, new long[]{cell.signals()}));
            groupCounts.put(by.name(), counts);
        });
        YearTable.Marks marks = YearTable.marks(new YearTable.Counts(year, COLUMNS, periodCounts, groupCounts),
                Set.of());

        Map<ReportPeriod, Row> publishedPeriods = new LinkedHashMap<>();
        periods.forEach((p, cell) -> publishedPeriods.put(p, row(p.key(), cell, marks.periods().get(p)[0])));
        Map<Grouping, List<Row>> publishedGroups = new EnumMap<>(Grouping.class);
        groups.forEach((by, cells) -> {
            Map<String, Mark[]> byGroup = marks.groups().get(by.name());
            List<Row> rows = new ArrayList<>();
            cells.forEach((group, cell) -> rows.add(row(group, cell, byGroup.get(group)[0])));
            publishedGroups.put(by, rows);
        });
        return new Publication(publishedPeriods, publishedGroups);
    }

    private static Map<String, Cell> grouped(List<Fact> facts, Function<Fact, String> key) {
        Map<String, List<Fact>> byKey = new TreeMap<>();
        for (Fact f : facts) {
            byKey.computeIfAbsent(key.apply(f) == null ? "unknown" : key.apply(f), k -> new ArrayList<>()).add(f);
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        byKey.forEach((k, v) -> cells.put(k, Cell.of(v)));
        return cells;
    }

    private static Row row(String group, Cell cell, Mark mark) {
        Map<String, String> reasons = new LinkedHashMap<>();
        Object signals = switch (mark) {
            case SHOWN -> cell.signals();
            case UNDER_FIVE -> {
                reasons.put("signals", Suppression.FEWER_THAN_5);
                yield ImpactReportView.UNDER_FIVE;
            }
            case COMPLEMENTARY -> {
                reasons.put("signals", Suppression.COMPLEMENTARY);
                yield ImpactReportView.HIDDEN;
            }
            case WITHHELD -> {
                reasons.put("signals", Suppression.WITHHELD);
                yield ImpactReportView.HIDDEN;
            }
        };
        Double pickUp = median("medianHoursToPickUp", cell.hoursToPickUp(), mark, reasons);
        Double feedback = median("medianHoursToFeedback", cell.hoursToFeedback(), mark, reasons);
        return new Row(group, signals, pickUp, feedback, Collections.unmodifiableMap(reasons));
    }

    /** Shown only next to a shown count and over at least 5 values; one decimal. */
    static Double median(String column, List<Double> values, Mark countMark, Map<String, String> reasons) {
        // a hidden count hides whether any were picked up or answered too
        if (countMark.hidden()) {
            reasons.put(column, WITH_ITS_COUNT);
            return null;
        }
        if (values.isEmpty()) {
            reasons.put(column, Suppression.NONE);
            return null;
        }
        if (values.size() < Protection.THRESHOLD) {
            reasons.put(column, Suppression.FEWER_THAN_5);
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(median * 10d) / 10d;
    }
}
