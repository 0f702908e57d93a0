package nl.talentenbureau.volunteer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import nl.talentenbureau.platform.report.ReportPeriod;
import nl.talentenbureau.platform.report.YearTable;
import nl.talentenbureau.platform.testing.SolverRange;

/**
 * An outsider with every funnel report the API allows for a year (the year by kern, by source and by month, each
 * quarter and month by month) puts every published cell into one linear system per column and asks a
 * linear-programming solver (OR-Tools GLOP, as matching-service's {@code DifferencingAttackTest}) for the smallest
 * and largest value each small cell (1 to 4) can have: the year minus its quarters, a quarter minus its months, the
 * year minus the other kernen, the year minus the other sources, and all of these together. A cell is derived when
 * only one whole number is left for it.
 * <p>
 * What the reader knows: a number is exact; {@code "<5"} is 1 to 4; "suppressed" through a total is at least 5; any
 * other hidden cell is at least 0. Every funnel column is a sum over months, kernen and sources (each step lies in one
 * of each). Kern and source are never crossed by the API, so no kern-by-source cell is known. The truth is used only to
 * judge which cells are small.
 */
class FunnelDifferencingAttackTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int YEAR = 2025;
    static final int SEEDS = 20;
    static final List<String> KERNEN = List.of("breukelen", "maarssen-dorp", "loenen-aan-de-vecht", "kockengen",
            "nigtevecht", "tienhoven");
    static final List<String> SOURCES = List.of("VACANCY", "EVENT", "REFERRAL", "WEBSITE", "OTHER");
    private static final double EPS = 1e-6;

    static {
        Loader.loadNativeLibraries();
    }

    @Test
    void noSmallCellCanBeDerivedFromEveryFunnelReportOfAYear() {
        int small = 0;
        int queries = 0;
        List<String> derived = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            Tally tally = FunnelCounter.count(YEAR, ZONE, seeded(seed), FunnelCounter.DIMENSIONS);
            Map<String, ReportService.Row> seen = new LinkedHashMap<>();
            queries += ask(seen, query -> ReportService.slice(query, tally, true));
            Attack attack = new Attack(seen, tally.counts());
            attack.run();
            small += attack.small;
            int s = seed;
            attack.derived.forEach(d -> derived.add("seed " + s + ": " + d));
        }
        System.out.println(queries + " funnel queries (by kern, source and month), " + derived.size()
                + " small cells derived (" + small + " small cells attacked in " + SEEDS + " seeded years)");
        assertThat(small).as("the data have small cells to attack").isGreaterThan(40 * SEEDS);
        assertThat(derived).isEmpty();
    }

    /**
     * The attacker is not toothless: against the same years with only the small cells hidden it finds many, through
     * periods, kernen and sources alike.
     */
    @Test
    void theAttackerDerivesSmallCellsWhenOnlyTheSmallCellsAreHidden() {
        List<String> derived = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            YearTable.Counts counts = FunnelCounter.count(YEAR, ZONE, seeded(seed), FunnelCounter.DIMENSIONS)
                    .counts();
            Map<String, ReportService.Row> seen = new LinkedHashMap<>();
            ask(seen, query -> naive(query, counts));
            Attack attack = new Attack(seen, counts);
            attack.run();
            derived.addAll(attack.derived);
        }
        System.out.println("with only the small cells hidden: " + derived.size() + " small cells derived in " + SEEDS
                + " seeded years, " + derived.stream().filter(d -> d.startsWith("source:")).count()
                + " of them sources");
        assertThat(derived).hasSizeGreaterThan(5 * SEEDS).anyMatch(d -> d.startsWith("source:"))
                .anyMatch(d -> d.startsWith("kern:")).anyMatch(d -> d.startsWith(YEAR + "-"));
    }

    /** Every query the API allows for the year; answers how many. */
    static int ask(Map<String, ReportService.Row> seen, Function<ReportQuery, ReportService.Slice> api) {
        List<ReportQuery> queries = new ArrayList<>();
        for (String by : List.of(FunnelCounter.KERN, FunnelCounter.SOURCE, ReportQuery.MONTH)) {
            queries.add(ReportQuery.parse(Integer.toString(YEAR), by, FunnelCounter.DIMENSIONS, null, null));
        }
        for (ReportPeriod p : ReportPeriod.tree(YEAR)) {
            if (p.unit() != ReportPeriod.Unit.YEAR) {
                queries.add(ReportQuery.parse(p.key(), ReportQuery.MONTH, FunnelCounter.DIMENSIONS, null, null));
            }
        }
        for (ReportQuery query : queries) {
            ReportService.Slice slice = api.apply(query);
            for (ReportService.Row row : slice.rows()) {
                seen.put(query.byMonth() ? row.group() : query.by() + ":" + row.group(), row);
            }
            seen.put(query.period().key(), slice.total());
        }
        return queries.size();
    }

    /** A publication that hides only the cells of 1 to 4 (what the floor would be without complementary cells). */
    static ReportService.Slice naive(ReportQuery query, YearTable.Counts counts) {
        List<ReportService.Row> rows = new ArrayList<>();
        if (query.byMonth()) {
            query.period().months().forEach(m -> rows.add(naiveRow(m.key(), counts.periods().get(m))));
        } else {
            counts.groups().get(query.by()).forEach((g, values) -> rows.add(naiveRow(g, values)));
        }
        return new ReportService.Slice(rows, naiveRow(YearTable.TOTAL, counts.periods().get(query.period())));
    }

    private static ReportService.Row naiveRow(String group, long[] values) {
        List<Object> cells = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int c = 0; c < values.length; c++) {
            boolean small = values[c] > 0 && values[c] < 5;
            cells.add(small ? YearTable.UNDER_FIVE : values[c]);
            if (small) {
                reasons.put(FunnelCounter.COLUMNS.get(c), YearTable.FEWER_THAN_5);
            }
        }
        return new ReportService.Row(group, cells, null, reasons);
    }

    /**
     * A year of volunteers: two large kernen and four tiny ones, two large sources and four small ones (DIRECT among
     * them), quiet months, and some who move between kernen between their steps or started the year before.
     */
    static List<StatusStep> seeded(int seed) {
        Random random = new Random(seed);
        List<StatusStep> steps = new ArrayList<>();
        int volunteers = 50 + random.nextInt(60);
        for (int v = 0; v < volunteers; v++) {
            UUID id = UUID.randomUUID();
            String kern = KERNEN.get(random.nextInt(4) == 0 ? 2 + random.nextInt(4) : random.nextInt(2));
            String source = random.nextInt(8) == 0
                    ? null
                    : SOURCES.get(random.nextInt(3) == 0 ? 2 + random.nextInt(3) : random.nextInt(2));
            // spring and autumn are busy, summer is quiet
            int day = random.nextInt(3) == 0 ? random.nextInt(400) - 30 : 60 + random.nextInt(60);
            Instant at = Instant.parse(YEAR + "-01-01T09:00:00Z").plus(Duration.ofDays(day));
            steps.add(new StatusStep(id, "APPLIED", kern, at, source));
            if (random.nextInt(5) == 0) {
                continue;
            }
            at = at.plus(Duration.ofDays(3 + random.nextInt(30)));
            steps.add(new StatusStep(id, "INTAKE", kern, at, source));
            if (random.nextInt(8) == 0) {
                kern = KERNEN.get(random.nextInt(KERNEN.size()));
            }
            at = at.plus(Duration.ofDays(2 + random.nextInt(40)));
            steps.add(new StatusStep(id, random.nextInt(4) == 0 ? "STOPPED" : "ACTIVE", kern, at, source));
        }
        return steps;
    }

    /** One year's published cells, one linear system per column. */
    private static final class Attack {

        final Map<String, ReportService.Row> seen;
        final YearTable.Counts truth;
        final List<String> periods = new ArrayList<>();
        final Map<String, List<String>> groups = new LinkedHashMap<>();
        final List<String> derived = new ArrayList<>();
        int small;

        Attack(Map<String, ReportService.Row> seen, YearTable.Counts truth) {
            this.seen = seen;
            this.truth = truth;
            ReportPeriod.tree(YEAR).forEach(p -> periods.add(p.key()));
            for (String dimension : FunnelCounter.DIMENSIONS) {
                groups.put(dimension, seen.keySet().stream().filter(k -> k.startsWith(dimension + ":")).toList());
            }
            assertThat(groups.get(FunnelCounter.SOURCE)).as("the sources answered").contains("source:DIRECT");
        }

        List<String> nodes() {
            List<String> nodes = new ArrayList<>(periods);
            groups.values().forEach(nodes::addAll);
            return nodes;
        }

        long truthOf(String node, int column) {
            int colon = node.indexOf(':');
            if (colon > 0) {
                return truth.groups().get(node.substring(0, colon)).get(node.substring(colon + 1))[column];
            }
            List<String> messages = new ArrayList<>();
            return truth.periods().get(ReportPeriod.parse(node, messages))[column];
        }

        void run() {
            for (int c = 0; c < FunnelCounter.COLUMNS.size(); c++) {
                String column = FunnelCounter.COLUMNS.get(c);
                MPSolver solver = MPSolver.createSolver("GLOP");
                Map<String, MPVariable> x = new LinkedHashMap<>();
                for (String node : nodes()) {
                    ReportService.Row row = seen.get(node);
                    Object cell = row.values().get(c);
                    double low = 0;
                    double high = MPSolver.infinity();
                    if (cell instanceof Number n) {
                        low = n.doubleValue();
                        high = low;
                    } else if (YearTable.UNDER_FIVE.equals(cell)) {
                        low = 1;
                        high = 4;
                    } else if (YearTable.COMPLEMENTARY.equals(row.reasons().get(column))) {
                        low = 5;
                    }
                    x.put(node, solver.makeNumVar(low, high, column + "|" + node));
                }
                String year = Integer.toString(YEAR);
                for (ReportPeriod p : ReportPeriod.tree(YEAR)) {
                    if (!p.children().isEmpty()) {
                        equal(solver, x.get(p.key()), p.children().stream().map(ch -> x.get(ch.key())).toList());
                    }
                }
                groups.values().forEach(g -> equal(solver, x.get(year), g.stream().map(x::get).toList()));
                for (String node : nodes()) {
                    long value = truthOf(node, c);
                    if (value <= 0 || value >= 5) {
                        continue;
                    }
                    small++;
                    Object cell = seen.get(node).values().get(c);
                    if (cell instanceof Number) {
                        derived.add(node + " " + column + " shown: " + cell);
                    } else if (single(range(solver, x.get(node)))) {
                        derived.add(node + " " + column + " = " + value);
                    }
                }
                solver.delete();
            }
        }

        private static void equal(MPSolver solver, MPVariable parent, List<MPVariable> children) {
            MPConstraint sum = solver.makeConstraint(0, 0);
            children.forEach(child -> sum.setCoefficient(child, 1));
            sum.setCoefficient(parent, -1);
        }

        private static double[] range(MPSolver solver, MPVariable variable) {
            return SolverRange.of(solver, Map.of(variable, 1.0));
        }

        private static boolean single(double[] range) {
            return Math.ceil(range[0] - EPS) == Math.floor(range[1] + EPS);
        }
    }
}
