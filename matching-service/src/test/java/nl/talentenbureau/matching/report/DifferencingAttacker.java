package nl.talentenbureau.matching.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;
import nl.talentenbureau.platform.testing.SolverRange;

/**
 * An outsider with every report the API answers for some years, trying to work out a small cell exactly. It puts every
 * published figure of a year into one linear system and asks a linear-programming solver (OR-Tools GLOP) for the
 * smallest and largest value each small cell can have: differences of periods (year minus quarters, quarter minus
 * months), rows against totals, the total of one grouping against another's, columns against each other (requests
 * minus unmatched), and shares times counts. A cell is derived when only one whole number is left for it.
 *
 * <p>
 * What it knows: a number is exact; {@code "<5"} is 1 to 4; {@code "suppressed"} with the reason "through a total" is
 * at least 5 (complementary cells are chosen among those); any other hidden cell is at least 0. Requests are the sum
 * of their months and groups, so are matches made and completed and hours; active volunteers of a parent are at most
 * the children's sum and at least each child (and their sum where, in truth, no volunteer counts in two: the reader
 * is granted the lucky guess); unmatched requests are at most the requests, sum over groups, and of a
 * longer period are at most the sum of its parts and at least its last part's. The truth is used only to judge which
 * cells are small (1 to 4), never by the attack.
 *
 * <p>
 * Written against nothing but the answer rows, so it can attack any publication: the API's, or a naive one.
 */
final class DifferencingAttacker {

    /** A query as the API takes it; {@code period} is 2026, 2026-Q4 or 2026-11. */
    record Query(String period, String by) {
    }

    /** The attack's outcome: how many queries it combined, how many small cells it tried, which it derived. */
    record Result(int queries, int smallCells, List<String> derived) {
    }

    static final List<String> DIMENSIONS = List.of("kern", "theme", "organisation");
    private static final List<String> ADDITIVE = List.of("requests", "matchesMade", "matchesCompleted");
    private static final double EPS = 1e-6;
    /** The reason of a complementary cell (at least 5), today's and the one before fixed periods alike. */
    private static final String COMPLEMENTARY = "suppressed: would reveal a small cell through";

    static {
        Loader.loadNativeLibraries();
    }

    private DifferencingAttacker() {
    }

    /** Every query the API allows for a year: the year by each grouping, each quarter and month by month. */
    static List<Query> queries(int year) {
        List<Query> queries = new ArrayList<>();
        for (String by : List.of("kern", "theme", "organisation", "month")) {
            queries.add(new Query(Integer.toString(year), by));
        }
        for (int q = 1; q <= 4; q++) {
            queries.add(new Query(year + "-Q" + q, "month"));
        }
        for (int m = 1; m <= 12; m++) {
            queries.add(new Query(YearMonth.of(year, m).toString(), "month"));
        }
        return queries;
    }

    /**
     * Asks {@code api} every query of every year, then attacks. {@code truth} gives the exact figures of a node of a
     * year: a period key (2026, 2026-Q4, 2026-11) or a group of the year ({@code kern:loenen}).
     */
    static Result attack(List<Integer> years, Function<Query, ImpactReportView> api,
            BiFunction<Integer, String, Figures> truth) {
        int asked = 0;
        List<String> derived = new ArrayList<>();
        int small = 0;
        for (int year : years) {
            Map<String, ImpactRow> seen = new LinkedHashMap<>();
            for (Query query : queries(year)) {
                ImpactReportView view = api.apply(query);
                asked++;
                for (ImpactRow row : view.groups()) {
                    String node = "month".equals(query.by()) ? row.group() : query.by() + ":" + row.group();
                    seen.put(node, row);
                }
                seen.put(query.period(), view.total());
            }
            YearAttack attack = new YearAttack(year, seen, truth);
            attack.run();
            small += attack.small;
            derived.addAll(attack.derived);
        }
        return new Result(asked, small, derived);
    }

    /** One year's published cells as one system per column family. */
    private static final class YearAttack {

        final int year;
        final Map<String, ImpactRow> seen;
        final BiFunction<Integer, String, Figures> truth;
        final List<String> periods = new ArrayList<>();
        final Map<String, List<String>> groups = new LinkedHashMap<>();
        int small;
        final List<String> derived = new ArrayList<>();

        YearAttack(int year, Map<String, ImpactRow> seen, BiFunction<Integer, String, Figures> truth) {
            this.year = year;
            this.seen = seen;
            this.truth = truth;
            periods.add(Integer.toString(year));
            for (int q = 1; q <= 4; q++) {
                periods.add(quarter(q));
                for (int m = 3 * q - 2; m <= 3 * q; m++) {
                    periods.add(month(m));
                }
            }
            for (String dim : DIMENSIONS) {
                Set<String> names = new LinkedHashSet<>();
                seen.keySet().stream().filter(k -> k.startsWith(dim + ":")).forEach(names::add);
                groups.put(dim, new ArrayList<>(names));
            }
        }

        String quarter(int q) {
            return year + "-Q" + q;
        }

        String month(int m) {
            return YearMonth.of(year, m).toString();
        }

        List<String> nodes() {
            List<String> nodes = new ArrayList<>(periods);
            groups.values().forEach(nodes::addAll);
            return nodes;
        }

        /** parent -> children: the year's quarters and groups, each quarter's months */
        List<Map.Entry<String, List<String>>> sums() {
            List<Map.Entry<String, List<String>>> sums = new ArrayList<>();
            String y = Integer.toString(year);
            sums.add(Map.entry(y, List.of(quarter(1), quarter(2), quarter(3), quarter(4))));
            for (int q = 1; q <= 4; q++) {
                sums.add(Map.entry(quarter(q), List.of(month(3 * q - 2), month(3 * q - 1), month(3 * q))));
            }
            groups.values().forEach(g -> {
                if (!g.isEmpty()) {
                    sums.add(Map.entry(y, g));
                }
            });
            return sums;
        }

        void run() {
            for (String column : ADDITIVE) {
                Lp system = new Lp();
                Map<String, MPVariable> x = system.counts(column, this);
                for (var sum : sums()) {
                    system.equal(x.get(sum.getKey()), sum.getValue().stream().map(x::get).toList());
                }
                attackCounts(system, x, column, f -> counter(column).applyAsLong(f));
                system.close();
            }
            activeVolunteers();
            unmatched();
            hours();
            shares();
        }

        void activeVolunteers() {
            Lp system = new Lp();
            Map<String, MPVariable> x = system.counts("activeVolunteers", this);
            for (var sum : sums()) {
                MPVariable parent = x.get(sum.getKey());
                List<MPVariable> children = sum.getValue().stream().map(x::get).toList();
                long parentValue = truthOf(sum.getKey()).activeVolunteers();
                long childrenValue = sum.getValue().stream().mapToLong(n -> truthOf(n).activeVolunteers()).sum();
                if (parentValue == childrenValue) {
                    // no volunteer in two of them: the strongest reader guesses so and takes them as a sum
                    system.equal(parent, children);
                }
                // at most the children's sum, at least each child
                MPConstraint atMost = system.solver.makeConstraint(0, MPSolver.infinity());
                children.forEach(c -> atMost.setCoefficient(c, 1));
                atMost.setCoefficient(parent, -1);
                for (MPVariable c : children) {
                    MPConstraint atLeast = system.solver.makeConstraint(0, MPSolver.infinity());
                    atLeast.setCoefficient(parent, 1);
                    atLeast.setCoefficient(c, -1);
                }
            }
            attackCounts(system, x, "activeVolunteers", Figures::activeVolunteers);
            system.close();
        }

        void unmatched() {
            Lp system = new Lp();
            Map<String, MPVariable> r = system.counts("requests", this);
            Map<String, MPVariable> u = system.counts("unmatchedRequests", this);
            for (String node : nodes()) {
                MPConstraint within = system.solver.makeConstraint(0, MPSolver.infinity());
                within.setCoefficient(r.get(node), 1);
                within.setCoefficient(u.get(node), -1);
            }
            for (var sum : sums()) {
                system.equal(r.get(sum.getKey()), sum.getValue().stream().map(r::get).toList());
                boolean overTime = !sum.getValue().get(0).contains(":");
                List<MPVariable> children = sum.getValue().stream().map(u::get).toList();
                if (!overTime) {
                    system.equal(u.get(sum.getKey()), children);
                } else {
                    MPConstraint atMost = system.solver.makeConstraint(0, MPSolver.infinity());
                    children.forEach(c -> atMost.setCoefficient(c, 1));
                    atMost.setCoefficient(u.get(sum.getKey()), -1);
                    MPConstraint atLeastLast = system.solver.makeConstraint(0, MPSolver.infinity());
                    atLeastLast.setCoefficient(u.get(sum.getKey()), 1);
                    atLeastLast.setCoefficient(children.get(children.size() - 1), -1);
                }
            }
            attackCounts(system, u, "unmatchedRequests", Figures::unmatchedRequests);
            // the matched rest of each row: requests minus unmatched
            for (String node : nodes()) {
                long value = truthOf(node).requests() - truthOf(node).unmatchedRequests();
                if (small(value)) {
                    small++;
                    double[] range = system.range(Map.of(r.get(node), 1.0, u.get(node), -1.0));
                    if (single(range)) {
                        derived.add(node + " requests - unmatchedRequests = " + value);
                    }
                }
            }
            system.close();
        }

        void hours() {
            Lp system = new Lp();
            Map<String, MPVariable> x = new LinkedHashMap<>();
            for (String node : nodes()) {
                ImpactRow row = seen.get(node);
                x.put(node, row.hours() != null
                        ? system.solver.makeNumVar(row.hours().doubleValue(), row.hours().doubleValue(), node)
                        : system.solver.makeNumVar(0, MPSolver.infinity(), node));
            }
            for (var sum : sums()) {
                system.equal(x.get(sum.getKey()), sum.getValue().stream().map(x::get).toList());
            }
            for (String node : nodes()) {
                Figures f = truthOf(node);
                if (small(f.matchesWithHours())) {
                    small++;
                    ImpactRow row = seen.get(node);
                    double[] range = row.hours() == null
                            ? system.range(Map.of(x.get(node), 1.0))
                            : new double[]{0, 0};
                    if (range[1] - range[0] < 0.005) {
                        derived.add(node + " hours of " + f.matchesWithHours() + " matches = " + f.hours());
                    }
                }
            }
            system.close();
        }

        /** Share times volunteers gives the 55+ count; a share next to a hidden count can pin the count. */
        void shares() {
            for (String node : nodes()) {
                ImpactRow row = seen.get(node);
                Figures f = truthOf(node);
                if (small(f.aged55Plus()) || small(f.knownAge() - f.aged55Plus())) {
                    small++;
                }
                if (row.shareAged55Plus() == null) {
                    continue;
                }
                double share = row.shareAged55Plus();
                if (row.activeVolunteers() instanceof Number n) {
                    long seniors = Math.round(share * n.longValue());
                    if (small(seniors) && seniors == f.aged55Plus()) {
                        derived.add(node + " aged 55+ = share x volunteers = " + seniors);
                    }
                    long younger = n.longValue() - seniors;
                    if (small(younger) && younger == f.knownAge() - f.aged55Plus()) {
                        derived.add(node + " younger than 55 = volunteers - share x volunteers = " + younger);
                    }
                } else {
                    // which volunteer counts the hidden cell may have make the share a fraction of it?
                    long low = "<5".equals(row.activeVolunteers()) ? 1 : 5;
                    List<Long> fits = new ArrayList<>();
                    for (long count = low; count <= (low == 1 ? 4 : 200); count++) {
                        for (long k = 0; k <= count; k++) {
                            if (Math.abs(Math.round(k * 1000d / count) / 1000d - share) < EPS) {
                                fits.add(count);
                                break;
                            }
                        }
                    }
                    if (fits.size() == 1 && fits.get(0) == f.activeVolunteers()
                            && f.knownAge() == f.activeVolunteers()) {
                        derived.add(node + " activeVolunteers = " + fits.get(0) + " from its share " + share);
                    }
                }
            }
        }

        void attackCounts(Lp system, Map<String, MPVariable> x, String column, ToLongFunction<Figures> value) {
            for (String node : nodes()) {
                long v = value.applyAsLong(truthOf(node));
                if (!small(v)) {
                    continue;
                }
                small++;
                Object cell = cell(seen.get(node), column);
                if (cell instanceof Number) {
                    derived.add(node + " " + column + " shown: " + cell);
                    continue;
                }
                if (single(system.range(Map.of(x.get(node), 1.0)))) {
                    derived.add(node + " " + column + " = " + v);
                }
            }
        }

        Figures truthOf(String node) {
            return truth.apply(year, node);
        }
    }

    /** One linear system: its solver and what a reader knows of each published cell. */
    private static final class Lp {

        final MPSolver solver = MPSolver.createSolver("GLOP");

        /** One variable per node for a count column, bounded by what its cell says. */
        Map<String, MPVariable> counts(String column, YearAttack attack) {
            Map<String, MPVariable> vars = new LinkedHashMap<>();
            for (String node : attack.nodes()) {
                ImpactRow row = attack.seen.get(node);
                Object cell = cell(row, column);
                double low;
                double high = MPSolver.infinity();
                if (cell instanceof Number n) {
                    low = n.doubleValue();
                    high = low;
                } else if ("<5".equals(cell)) {
                    low = 1;
                    high = 4;
                } else if (String.valueOf(row.suppressed().get(column)).startsWith(COMPLEMENTARY)) {
                    low = 5;
                } else {
                    low = 0;
                }
                vars.put(node, solver.makeNumVar(low, high, column + "|" + node));
            }
            return vars;
        }

        void equal(MPVariable parent, List<MPVariable> children) {
            MPConstraint c = solver.makeConstraint(0, 0);
            children.forEach(child -> c.setCoefficient(child, 1));
            c.setCoefficient(parent, -1);
        }

        /** The smallest and largest value of a linear expression; infinity when unbounded. */
        double[] range(Map<MPVariable, Double> expression) {
            return SolverRange.of(solver, expression);
        }

        void close() {
            solver.delete();
        }
    }

    static boolean small(long count) {
        return count > 0 && count < 5;
    }

    /** Whether only one whole number lies in the range. */
    static boolean single(double[] range) {
        return Math.ceil(range[0] - EPS) == Math.floor(range[1] + EPS);
    }

    static Object cell(ImpactRow row, String column) {
        return switch (column) {
            case "requests" -> row.requests();
            case "matchesMade" -> row.matchesMade();
            case "matchesCompleted" -> row.matchesCompleted();
            case "activeVolunteers" -> row.activeVolunteers();
            case "unmatchedRequests" -> row.unmatchedRequests();
            default -> throw new IllegalArgumentException(column);
        };
    }

    static ToLongFunction<Figures> counter(String column) {
        return switch (column) {
            case "requests" -> Figures::requests;
            case "matchesMade" -> Figures::matchesMade;
            case "matchesCompleted" -> Figures::matchesCompleted;
            default -> throw new IllegalArgumentException(column);
        };
    }
}
