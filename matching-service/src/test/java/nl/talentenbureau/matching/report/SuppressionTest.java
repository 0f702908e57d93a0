package nl.talentenbureau.matching.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;
import nl.talentenbureau.matching.report.Suppression.Publication;
import nl.talentenbureau.matching.report.Suppression.YearFigures;
import nl.talentenbureau.platform.report.ReportPeriod;

/** A year's publication from hand-made figures: the cases of issue 12 and what the rule does with them. */
class SuppressionTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Figures ZERO = new F().build();

    /** Figures with only what a test sets; the rest 0. */
    private static final class F {

        long requests;
        long made;
        long completed;
        BigDecimal hours = BigDecimal.ZERO;
        long hoursMatches;
        List<Long> days = List.of();
        long active;
        long knownAge;
        long aged55Plus;
        long unmatched;

        F requests(long requests, long unmatched) {
            this.requests = requests;
            this.unmatched = unmatched;
            return this;
        }

        F made(long made) {
            this.made = made;
            return this;
        }

        F hours(String hours, long matches) {
            this.hours = new BigDecimal(hours);
            this.hoursMatches = matches;
            return this;
        }

        F active(long active, long knownAge, long aged55Plus) {
            this.active = active;
            this.knownAge = knownAge;
            this.aged55Plus = aged55Plus;
            return this;
        }

        Figures build() {
            return new Figures(requests, made, completed, hours, hoursMatches, days, active, knownAge, aged55Plus,
                    unmatched);
        }
    }

    /** A year whose figures all fall in the given months (the rest empty), with the year's kern groups. */
    private static YearFigures year(Map<Integer, Figures> months, Figures year, Map<String, Figures> kernen) {
        Map<ReportPeriod, Figures> periods = new LinkedHashMap<>();
        for (ReportPeriod p : ReportPeriod.tree(2026)) {
            periods.put(p, ZERO);
        }
        periods.put(ReportPeriod.year(2026), year);
        months.forEach((m, f) -> {
            periods.put(ReportPeriod.month(2026, m), f);
        });
        // a quarter holding one given month has that month's figures; tests give at most one month per quarter
        // unless they set the quarter themselves
        for (ReportPeriod q : ReportPeriod.year(2026).children()) {
            List<Figures> inside = new ArrayList<>();
            q.children().forEach(m -> {
                if (months.containsKey(m.number())) {
                    inside.add(months.get(m.number()));
                }
            });
            if (inside.size() == 1) {
                periods.put(q, inside.get(0));
            }
        }
        Map<Grouping, Map<String, Figures>> groups = new EnumMap<>(Grouping.class);
        groups.put(Grouping.KERN, new TreeMap<>(kernen));
        groups.put(Grouping.THEME, new TreeMap<>(Map.of("digital", year)));
        groups.put(Grouping.ORGANISATION, new TreeMap<>(Map.of("org-a", year)));
        return new YearFigures(2026, periods, groups);
    }

    private static ImpactReportView view(Publication publication, String period, String by) {
        return publication.view(ReportQuery.parse(period, by, null, null), ZONE);
    }

    private static ImpactRow kern(ImpactReportView view, String name) {
        return view.groups().stream().filter(r -> r.group().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void unmatchedIsHiddenWhereRequestsMinusUnmatchedWouldGiveASmallCount() {
        // kern a: 7 requests, 5 unmatched -> 2 matched; kern b: 10 and 5 -> 5
        Figures a = new F().requests(7, 5).build();
        Figures b = new F().requests(10, 5).build();
        Figures total = new F().requests(17, 10).build();
        Publication publication = Suppression.publish(year(Map.of(3, total), total, Map.of("a", a, "b", b)));

        ImpactReportView byKern = view(publication, "2026", "kern");
        assertThat(kern(byKern, "a").requests()).isEqualTo(7L);
        assertThat(kern(byKern, "a").unmatchedRequests()).isEqualTo("suppressed");
        // b alone shown would give a's unmatched as 10 - 5: all or nothing
        assertThat(kern(byKern, "b").unmatchedRequests()).isEqualTo("suppressed");
        assertThat(kern(byKern, "b").suppressed()).containsEntry("unmatchedRequests", Suppression.LINKED);
        assertThat(byKern.total().unmatchedRequests()).isEqualTo(10L);
    }

    @Test
    void unmatchedIsShownWhereNeitherItNorTheMatchedRestIsSmall() {
        Figures a = new F().requests(12, 5).build();
        Figures b = new F().requests(10, 0).build();
        Figures total = new F().requests(22, 5).build();
        ImpactReportView byKern = view(
                Suppression.publish(year(Map.of(3, total), total, Map.of("a", a, "b", b))), "2026", "kern");
        assertThat(byKern.groups()).extracting(ImpactRow::unmatchedRequests).containsExactly(5L, 0L);
    }

    @Test
    void aShareIsNeverShownNextToAHiddenCountNorWhenItGivesASmallCountBack() {
        // a: 3 active (small); b: 7 active, 4 of 7 aged 55+ (hidden as complementary: 4/7 would pin it to 7);
        // c: 10 active, 3 of them 55+ (0.3 x 10 = 3); d: 10 active, 5 of them 55+
        Figures a = new F().active(3, 3, 1).build();
        Figures b = new F().active(7, 7, 4).build();
        Figures c = new F().active(10, 10, 3).build();
        Figures d = new F().active(10, 10, 5).build();
        Figures total = new F().active(30, 30, 13).build();
        Publication publication = Suppression.publish(year(Map.of(3, total), total,
                Map.of("a", a, "b", b, "c", c, "d", d)));

        ImpactReportView byKern = view(publication, "2026", "kern");
        assertThat(kern(byKern, "a").activeVolunteers()).isEqualTo("<5");
        assertThat(kern(byKern, "b").activeVolunteers()).isEqualTo("suppressed");
        assertThat(byKern.groups()).extracting(ImpactRow::shareAged55Plus).containsOnlyNulls();
        assertThat(kern(byKern, "b").suppressed()).containsEntry("shareAged55Plus", Suppression.LINKED);
        assertThat(byKern.total().shareAged55Plus()).isEqualTo(0.433);
    }

    @Test
    void aHiddenMonthCannotBeWorkedOutFromItsQuarter() {
        // January: 3 requests on 3 matches' hours; February 10 on 10; March nothing; the quarter is their sum
        Figures january = new F().requests(3, 0).hours("7.5", 3).build();
        Figures february = new F().requests(10, 0).hours("30", 10).build();
        Figures quarter = new F().requests(13, 0).hours("37.5", 13).build();
        YearFigures raw = year(Map.of(1, january, 2, february), quarter, Map.of("a", quarter));
        raw.periods().put(ReportPeriod.quarter(2026, 1), quarter);
        Publication publication = Suppression.publish(raw);

        ImpactReportView q1 = view(publication, "2026-Q1", "month");
        assertThat(q1.groups()).extracting(ImpactRow::group).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(q1.groups()).extracting(ImpactRow::requests).containsExactly("<5", "suppressed", 0L);
        assertThat(q1.total().requests()).isEqualTo(13L);
        // hours: January's (3 matches) hidden, February's with it, March's 0 stays
        assertThat(q1.groups()).extracting(ImpactRow::hours).containsExactly(null, null, BigDecimal.ZERO);
        assertThat(q1.total().hours()).isEqualByComparingTo("37.5");
    }

    @Test
    void aMonthIsTheSameCellInEveryReportAndTheTotalInEveryGrouping() {
        Figures january = new F().requests(3, 0).build();
        Figures february = new F().requests(10, 0).build();
        Figures quarter = new F().requests(13, 0).build();
        YearFigures raw = year(Map.of(1, january, 2, february), quarter, Map.of("a", quarter));
        raw.periods().put(ReportPeriod.quarter(2026, 1), quarter);
        Publication publication = Suppression.publish(raw);

        ImpactRow inQuarter = view(publication, "2026-Q1", "month").groups().get(1);
        ImpactRow inYear = view(publication, "2026", "month").groups().get(1);
        ImpactRow alone = view(publication, "2026-02", "month").total();
        assertThat(inQuarter).isEqualTo(inYear).isEqualTo(alone.withGroup("2026-02"));
        assertThat(view(publication, "2026-02", "month").groups()).containsExactly(inQuarter);
        ImpactRow total = view(publication, "2026", "kern").total();
        for (String by : List.of("theme", "organisation", "month")) {
            assertThat(view(publication, "2026", by).total()).isEqualTo(total);
        }
    }

    @Test
    void aSmallYearWithholdsEveryPeriodAndGroupBelowIt() {
        Figures small = new F().requests(3, 0).build();
        ImpactReportView byMonth = view(Suppression.publish(year(Map.of(5, small), small, Map.of("a", small))),
                "2026", "month");
        assertThat(byMonth.total().requests()).isEqualTo("<5");
        assertThat(byMonth.groups()).extracting(ImpactRow::requests).containsOnly("suppressed");
        assertThat(byMonth.groups().get(0).suppressed()).containsEntry("requests", Suppression.WITHHELD);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Figures f = new Figures(0, 0, 0, BigDecimal.ZERO, 0, List.of(9L, 1L, 4L, 2L, 30L, 3L), 0, 0, 0, 0);
        // 1 2 3 4 9 30 -> (3 + 4) / 2
        assertThat(f.medianDaysToMatch()).isEqualTo(3.5);
    }
}
