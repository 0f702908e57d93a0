package nl.talentenbureau.platform.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.report.Protection.Mark;
import nl.talentenbureau.platform.report.Protection.Relation;
import nl.talentenbureau.platform.report.YearTable.Cell;

class YearTableTest {

    static final int YEAR = 2019;

    /** One column: the year's months as given, spread over kernen as given (each event in one month and one kern). */
    static YearTable.Counts counts(long[] months, Map<String, Long> kernen) {
        return countsBy(months, Map.of("kern", kernen));
    }

    /**
     * One column: the year's months as given, and per dimension its groups (each event in one month and one group of
     * each dimension: the funnel's kern and source).
     */
    static YearTable.Counts countsBy(long[] months, Map<String, Map<String, Long>> dimensions) {
        Map<ReportPeriod, long[]> periods = new LinkedHashMap<>();
        long year = 0;
        for (ReportPeriod p : ReportPeriod.tree(YEAR)) {
            long sum = 0;
            for (ReportPeriod m : p.months()) {
                sum += months[m.number() - 1];
            }
            periods.put(p, new long[]{sum});
            if (p.unit() == ReportPeriod.Unit.YEAR) {
                year = sum;
            }
        }
        Map<String, Map<String, long[]>> groups = new TreeMap<>();
        for (var dimension : dimensions.entrySet()) {
            Map<String, long[]> rows = new TreeMap<>();
            dimension.getValue().forEach((group, value) -> rows.put(group, new long[]{value}));
            assertThat(dimension.getValue().values().stream().mapToLong(Long::longValue).sum())
                    .as(dimension.getKey()).isEqualTo(year);
            groups.put(dimension.getKey(), rows);
        }
        return new YearTable.Counts(YEAR, List.of("applied"), periods, groups);
    }

    @Test
    void smallCellsAreUnderFiveAndTheirTotalsCannotGiveThemAway() {
        // 40 in the year: January 3 (a small month), the rest at least 5 or 0; one small kern
        long[] months = {3, 6, 5, 0, 7, 5, 0, 0, 5, 0, 5, 4};
        YearTable.Published published = YearTable.publish(
                counts(months, Map.of("breukelen", 30L, "loenen-aan-de-vecht", 2L, "maarssen", 8L)), Set.of());

        assertThat(published.period(ReportPeriod.year(YEAR)).get(0)).isEqualTo(new Cell(40L, null));
        assertThat(published.period(ReportPeriod.month(YEAR, 1)).get(0)).isEqualTo(new Cell("<5",
                YearTable.FEWER_THAN_5));
        assertThat(published.period(ReportPeriod.month(YEAR, 4)).get(0)).isEqualTo(new Cell(0L, null));
        Map<String, List<Cell>> kernen = published.groups("kern");
        assertThat(kernen.keySet()).containsExactly("breukelen", "loenen-aan-de-vecht", "maarssen");
        assertThat(kernen.get("loenen-aan-de-vecht").get(0).value()).isEqualTo("<5");
        // 40 - 30 - 8 would give the 2 away: the next smallest goes with it
        assertThat(kernen.get("maarssen").get(0)).isEqualTo(new Cell("suppressed", YearTable.COMPLEMENTARY));
        assertThat(kernen.get("breukelen").get(0).value()).isEqualTo(30L);
        assertNothingPinned(published, counts(months, Map.of("breukelen", 30L, "loenen-aan-de-vecht", 2L,
                "maarssen", 8L)));
    }

    @Test
    void aSmallYearWithholdsEveryPartOfIt() {
        long[] months = {0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0};
        YearTable.Published published = YearTable.publish(counts(months, Map.of("breukelen", 3L)), Set.of());
        assertThat(published.period(ReportPeriod.year(YEAR)).get(0).value()).isEqualTo("<5");
        for (ReportPeriod p : ReportPeriod.tree(YEAR)) {
            if (p.unit() != ReportPeriod.Unit.YEAR) {
                assertThat(published.period(p).get(0)).as(p.key()).isEqualTo(new Cell("suppressed",
                        YearTable.WITHHELD));
            }
        }
        assertThat(published.groups("kern").get("breukelen").get(0).reason()).isEqualTo(YearTable.WITHHELD);
    }

    @Test
    void randomYearsNeverLetAHiddenCellBeWorkedOutFromOneSum() {
        Random random = new Random(15);
        for (int round = 0; round < 500; round++) {
            long[] months = new long[12];
            for (int m = 0; m < 12; m++) {
                months[m] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
            }
            long year = 0;
            for (long v : months) {
                year += v;
            }
            YearTable.Counts counts = counts(months, split(random, year, "kern-", 4));
            assertNothingPinned(YearTable.publish(counts, Set.of()), counts);
        }
    }

    /**
     * The funnel groups a year by kern and by source: two partitions of the same total, never crossed. Each is its own
     * sum of the year, so a hidden cell of one is never pinned, and adding the source leaves every period's and
     * kern's cell as it was (a reader comparing the publication before and after learns nothing).
     */
    @Test
    void aSecondDimensionIsItsOwnSumAndChangesNoCellOfTheFirst() {
        Random random = new Random(16);
        int hidden = 0;
        for (int round = 0; round < 500; round++) {
            long[] months = new long[12];
            for (int m = 0; m < 12; m++) {
                months[m] = random.nextInt(4) == 0 ? 0 : random.nextInt(9);
            }
            long year = Arrays.stream(months).sum();
            Map<String, Long> kernen = split(random, year, "kern-", 4);
            Map<String, Long> sources = split(random, year, "source-", 6);
            YearTable.Counts both = countsBy(months, Map.of("kern", kernen, "source", sources));
            YearTable.Published published = YearTable.publish(both, Set.of());
            assertNothingPinned(published, both);

            YearTable.Published kernOnly = YearTable.publish(counts(months, kernen), Set.of());
            assertThat(published.groups("kern")).isEqualTo(kernOnly.groups("kern"));
            assertThat(published.periods()).isEqualTo(kernOnly.periods());
            hidden += (int) published.groups("source").values().stream().filter(c -> !c.get(0).shown()).count();
        }
        assertThat(hidden).as("sources with hidden cells").isGreaterThan(500);
    }

    /** {@code total} spread at random over up to {@code n} groups (at least one group, maybe of 0). */
    private static Map<String, Long> split(Random random, long total, String prefix, int n) {
        Map<String, Long> groups = new TreeMap<>();
        long left = total;
        for (int k = 0; k < n && left > 0; k++) {
            long part = k == n - 1 ? left : random.nextInt((int) left + 1);
            groups.merge(prefix + k, part, Long::sum);
            left -= part;
        }
        if (left > 0) {
            groups.merge(prefix + "0", left, Long::sum);
        }
        if (groups.isEmpty()) {
            groups.put(prefix + "0", 0L);
        }
        return groups;
    }

    @Test
    void countsOfTheWrongShapeAreRefused() {
        Map<ReportPeriod, long[]> periods = new LinkedHashMap<>();
        ReportPeriod.tree(YEAR).forEach(p -> periods.put(p, new long[]{1, 2}));
        assertThatThrownBy(() -> YearTable.publish(new YearTable.Counts(YEAR, List.of("one"), periods, Map.of()),
                Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMedianNeedsFiveValues() {
        assertThat(YearTable.median(List.of(3L, 1L, 2L, 9L))).isNull();
        assertThat(YearTable.medianReason(List.of(3L, 1L, 2L, 9L))).isEqualTo(YearTable.FEWER_THAN_5);
        assertThat(YearTable.medianReason(List.of())).isEqualTo(YearTable.NONE);
        assertThat(YearTable.median(List.of(3L, 1L, 2L, 9L, 4L))).isEqualTo(3.0);
        assertThat(YearTable.median(List.of(3L, 1L, 2L, 9L, 4L, 10L))).isEqualTo(3.5);
        assertThat(YearTable.medianReason(List.of(3L, 1L, 2L, 9L, 4L))).isNull();
    }

    @Test
    void aSpanOfPeriodsIsLongerThanTheLongestAndRefusedWithItsOwnReason() {
        for (String span : new String[]{"2025-2026", "2025/2026", "2025-11..2026-02", "2025-Q4/2026-Q1"}) {
            List<String> messages = new ArrayList<>();
            assertThat(ReportPeriod.parse(span, messages)).as(span).isNull();
            assertThat(messages).singleElement().asString().startsWith(ReportPeriod.LONGEST);
        }
        List<String> messages = new ArrayList<>();
        assertThat(ReportPeriod.parse("2026-11", messages)).isEqualTo(ReportPeriod.month(2026, 11));
        assertThat(messages).isEmpty();
    }

    /**
     * For every sum whose parent is shown: no hidden child can be worked out from the parent, the shown children and
     * the marks of the hidden ones.
     */
    static void assertNothingPinned(YearTable.Published published, YearTable.Counts counts) {
        ReportPeriod year = ReportPeriod.year(YEAR);
        List<ReportPeriod> parents = new ArrayList<>();
        parents.add(year);
        parents.addAll(year.children());
        for (ReportPeriod parent : parents) {
            check(counts.periods().get(parent)[0], published.period(parent).get(0),
                    parent.children().stream().map(c -> counts.periods().get(c)[0]).toList(),
                    parent.children().stream().map(c -> published.period(c).get(0)).toList());
        }
        counts.groups().forEach((dimension, groups) -> check(counts.periods().get(year)[0],
                published.period(year).get(0), groups.keySet().stream().map(g -> groups.get(g)[0]).toList(),
                groups.keySet().stream().map(g -> published.groups(dimension).get(g).get(0)).toList()));
    }

    private static void check(long parent, Cell parentCell, List<Long> values, List<Cell> cells) {
        if (!parentCell.shown()) {
            assertThat(cells).allSatisfy(c -> assertThat(c.shown()).isFalse());
            return;
        }
        List<Mark> marks = cells.stream().map(YearTableTest::mark).toList();
        assertThat(Protection.pinned(parent, values.stream().mapToLong(Long::longValue).toArray(), marks,
                Relation.SUM)).as("%s over %s as %s", parent, values, marks).isFalse();
        for (int i = 0; i < values.size(); i++) {
            if (cells.get(i).shown()) {
                assertThat(cells.get(i).value()).isEqualTo(values.get(i));
            } else if ("<5".equals(cells.get(i).value())) {
                assertThat(values.get(i)).isBetween(1L, 4L);
            }
        }
    }

    private static Mark mark(Cell cell) {
        if (cell.shown()) {
            return Mark.SHOWN;
        }
        return switch (cell.reason()) {
            case YearTable.FEWER_THAN_5 -> Mark.UNDER_FIVE;
            case YearTable.COMPLEMENTARY -> Mark.COMPLEMENTARY;
            default -> Mark.WITHHELD;
        };
    }
}
