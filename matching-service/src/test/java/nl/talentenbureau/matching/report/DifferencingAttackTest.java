package nl.talentenbureau.matching.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.report.DifferencingAttacker.Query;
import nl.talentenbureau.matching.report.DifferencingAttacker.Result;
import nl.talentenbureau.matching.report.Facts.HoursFact;
import nl.talentenbureau.matching.report.Facts.MatchFact;
import nl.talentenbureau.matching.report.Facts.Place;
import nl.talentenbureau.matching.report.Facts.RequestFact;
import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;
import nl.talentenbureau.matching.report.Suppression.YearFigures;
import nl.talentenbureau.platform.report.Protection;

/**
 * The attacker against the code path the API answers with ({@link ReportService#publish} and
 * {@link Suppression.Publication#view}), over seeded coalitions of two years with many cells of 1 to 4: a few large
 * kernen and several tiny ones, quiet months, matches over year ends, volunteers in two kernen.
 */
class DifferencingAttackTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final List<Integer> YEARS = List.of(2025, 2026);
    static final int SEEDS = 12;

    @Test
    void noSmallCellCanBeDerivedFromEveryReportTheApiAllows() {
        int queries = 0;
        int smallCells = 0;
        List<String> derived = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            Facts facts = seeded(seed);
            Result result = DifferencingAttacker.attack(YEARS, api(facts), truth(facts));
            queries += result.queries();
            smallCells += result.smallCells();
            int s = seed;
            result.derived().forEach(d -> derived.add("seed " + s + ": " + d));
        }
        System.out.println(queries + " query combinations, " + derived.size() + " small cells derived (" + smallCells
                + " small cells attacked in " + SEEDS + " seeded coalitions of " + YEARS.size() + " years)");
        assertThat(smallCells).as("the data set has small cells to attack").isGreaterThan(100 * SEEDS);
        assertThat(derived).isEmpty();
    }

    /** The attacker is not toothless: against figures with only the small cells hidden it finds many. */
    @Test
    void theAttackerDerivesSmallCellsWhenOnlyTheSmallCellsAreHidden() {
        Facts facts = seeded(1);
        Result result = DifferencingAttacker.attack(YEARS, naive(facts), truth(facts));
        assertThat(result.derived()).hasSizeGreaterThan(20);
        assertThat(result.derived()).anyMatch(d -> d.contains("requests - unmatchedRequests"))
                .anyMatch(d -> d.contains("hours of"));
    }

    /** The API's path: one publication per year, each query a slice of it. */
    static Function<Query, ImpactReportView> api(Facts facts) {
        Map<Integer, Suppression.Publication> years = new HashMap<>();
        return query -> {
            ReportQuery q = ReportQuery.parse(query.period(), query.by(), null, null);
            return years.computeIfAbsent(q.period().year(), y -> ReportService.publish(y, ZONE, facts)).view(q, ZONE);
        };
    }

    static BiFunction<Integer, String, Figures> truth(Facts facts) {
        Map<Integer, YearFigures> years = new HashMap<>();
        return (year, node) -> truth(years.computeIfAbsent(year, y -> ReportService.figures(y, ZONE, facts)), node);
    }

    /** The exact figures of a node: a period key, or a group as {@code kern:loenen}. */
    static Figures truth(YearFigures figures, String node) {
        if (node.contains(":")) {
            Grouping by = Grouping.of(node.substring(0, node.indexOf(':'))).orElseThrow();
            return figures.groups().get(by).get(node.substring(node.indexOf(':') + 1));
        }
        return figures.periods().entrySet().stream().filter(e -> e.getKey().key().equals(node)).findFirst()
                .orElseThrow().getValue();
    }

    /** Only the small cells hidden, each report on its own: what a per-cell rule gives. */
    static Function<Query, ImpactReportView> naive(Facts facts) {
        return query -> {
            ReportQuery q = ReportQuery.parse(query.period(), query.by(), null, null);
            YearFigures figures = ReportService.figures(q.period().year(), ZONE, facts);
            List<ImpactRow> rows = new ArrayList<>();
            if (q.by() == Grouping.MONTH) {
                q.period().months().forEach(m -> rows.add(naiveRow(m.key(), figures.periods().get(m))));
            } else {
                figures.groups().get(q.by()).forEach((g, f) -> rows.add(naiveRow(g, f)));
            }
            return new ImpactReportView(q.period().key(), q.period().from(), q.period().to(), q.by().key(),
                    ZONE.getId(), "", rows, naiveRow("total", figures.periods().get(q.period())));
        };
    }

    private static ImpactRow naiveRow(String group, Figures f) {
        return new ImpactRow(group, naive(f.requests()), naive(f.matchesMade()), naive(f.matchesCompleted()),
                Protection.small(f.matchesWithHours()) ? null : f.hours(), null, naive(f.activeVolunteers()),
                f.knownAge() >= 5 ? Math.round(f.shareAged55Plus() * 1000d) / 1000d : null,
                naive(f.unmatchedRequests()), Map.of());
    }

    private static Object naive(long count) {
        return Protection.small(count) ? "<5" : count;
    }

    private static final List<Place> PLACES = List.of(
            new Place("breukelen", "digital", "org-a"), new Place("breukelen", "garden", "org-b"),
            new Place("maarssen", "digital", "org-a"), new Place("maarssen", "transport", "org-c"),
            new Place("loenen", "garden", "org-b"), new Place("nigtevecht", "digital", "org-c"),
            new Place("vreeland", "transport", "org-a"), new Place(null, "garden", "org-b"));
    /** breukelen and maarssen busy, the others a few requests a year */
    private static final int[] WEIGHTS = {10, 6, 10, 5, 3, 2, 1, 1};

    /**
     * About 80 requests a year over the kernen by weight; most matched after 0 to 60 days by one of 30 volunteers
     * (birth years 1940..2000, some unknown), some matches completed or ended, hours logged weekly while active.
     */
    static Facts seeded(long seed) {
        Random random = new Random(seed);
        List<RequestFact> requests = new ArrayList<>();
        List<MatchFact> matches = new ArrayList<>();
        List<HoursFact> hours = new ArrayList<>();
        UUID[] volunteers = new UUID[30];
        Integer[] birthYears = new Integer[30];
        for (int v = 0; v < volunteers.length; v++) {
            volunteers[v] = new UUID(seed, v);
            birthYears[v] = random.nextInt(10) == 0 ? null : 1940 + random.nextInt(61);
        }
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        Instant first = LocalDate.of(2024, 11, 1).atStartOfDay(ZONE).toInstant();
        long span = Duration.between(first, LocalDate.of(2027, 1, 1).atStartOfDay(ZONE).toInstant()).toMinutes();
        int n = 180 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(total);
            int p = 0;
            while (pick >= WEIGHTS[p]) {
                pick -= WEIGHTS[p++];
            }
            Place place = PLACES.get(p);
            Instant created = first.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
            Instant accepted = random.nextInt(10) < 7
                    ? created.plus(Duration.ofHours(1 + random.nextInt(60 * 24)))
                    : null;
            requests.add(new RequestFact(new UUID(seed, 1000 + i), place, created, accepted));
            if (accepted == null) {
                continue;
            }
            int v = random.nextInt(volunteers.length);
            String status = switch (random.nextInt(4)) {
                case 0 -> "ACCEPTED";
                case 1 -> "ACTIVE";
                case 2 -> "COMPLETED";
                default -> "ENDED";
            };
            Instant activated = "ACCEPTED".equals(status)
                    ? null
                    : accepted.plus(Duration.ofDays(1 + random.nextInt(5)));
            Instant closed = "COMPLETED".equals(status) || "ENDED".equals(status)
                    ? activated.plus(Duration.ofDays(10 + random.nextInt(110)))
                    : null;
            UUID match = new UUID(seed, 100_000 + i);
            matches.add(new MatchFact(match, volunteers[v], place, status, accepted, activated, closed, birthYears[v]));
            if (activated != null) {
                LocalDate day = activated.atZone(ZONE).toLocalDate();
                LocalDate last = (closed != null ? closed : Instant.parse("2027-01-01T00:00:00Z")).atZone(ZONE)
                        .toLocalDate();
                int entries = random.nextInt(6);
                for (int e = 0; e < entries && day.isBefore(last); e++) {
                    hours.add(new HoursFact(match, place, day, BigDecimal.valueOf(1 + random.nextInt(8), 1)
                            .multiply(BigDecimal.valueOf(5))));
                    day = day.plusDays(7 + random.nextInt(21));
                }
            }
        }
        return new Facts(requests, matches, hours);
    }
}
