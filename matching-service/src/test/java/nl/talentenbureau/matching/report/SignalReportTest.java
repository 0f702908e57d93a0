package nl.talentenbureau.matching.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.report.SignalReport.Fact;
import nl.talentenbureau.matching.report.SignalReport.Row;

/**
 * The signal report's floor, by hand: 2025, all raised in March.
 *
 * <pre>
 * kern        signals  picked up after   answered after
 * breukelen        12  12 x 10 h          6 x 30 h
 * loenen            6  none               none
 * maarssen          3  3 x 2 h            none
 * total            21
 * </pre>
 *
 * maarssen is "&lt;5"; with the total shown it would be 21 - 12 - 6 = 3, so the next smallest, loenen, is hidden with it.
 */
class SignalReportTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Instant MARCH = Instant.parse("2025-03-10T09:00:00Z");

    @Test
    void aSmallKernIsUnderFiveAndTheNextSmallestIsHiddenWithItSoNeitherCanBeWorkedOut() {
        SignalReport.View view = report(facts(), "2025", "kern");

        assertThat(view.total().signals()).isEqualTo(21L);
        Map<String, Row> rows = byGroup(view.groups());
        assertThat(rows.get("breukelen").signals()).isEqualTo(12L);
        assertThat(rows.get("maarssen").signals()).isEqualTo("<5");
        assertThat(rows.get("loenen").signals()).isEqualTo("suppressed");
        assertThat(rows.get("loenen").suppressed()).containsEntry("signals", Suppression.COMPLEMENTARY);
    }

    @Test
    void mediansAreShownOverFiveOrMoreNextToAShownCountOnly() {
        Map<String, Row> rows = byGroup(report(facts(), "2025", "kern").groups());

        assertThat(rows.get("breukelen").medianHoursToPickUp()).isEqualTo(10.0);
        assertThat(rows.get("breukelen").medianHoursToFeedback()).isEqualTo(30.0);
        // three pick-ups in maarssen: fewer than 5, and its count is hidden anyway
        assertThat(rows.get("maarssen").medianHoursToPickUp()).isNull();
        assertThat(rows.get("maarssen").suppressed()).containsEntry("medianHoursToPickUp",
                SignalReport.WITH_ITS_COUNT);
        // a hidden count hides whether any were picked up: the same reason, not "none"
        assertThat(rows.get("loenen").suppressed()).containsEntry("medianHoursToPickUp", SignalReport.WITH_ITS_COUNT);
    }

    @Test
    void monthsAreSlicesOfTheSameYearAndEmptyMonthsStayZero() {
        SignalReport.View view = report(facts(), "2025-Q1", "month");

        assertThat(view.groups()).extracting(Row::group).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(view.groups()).extracting(Row::signals).containsExactly(0L, 0L, 21L);
        assertThat(view.total().signals()).isEqualTo(21L);
    }

    @Test
    void aYearOfFewerThanFiveHidesItselfAndEverythingBelowIt() {
        List<Fact> few = List.of(fact("breukelen", "health", MARCH, null, null),
                fact("breukelen", "health", MARCH, null, null), fact("loenen", "financial", MARCH, null, null));

        SignalReport.View byMonth = report(few, "2025", "month");
        assertThat(byMonth.total().signals()).isEqualTo("<5");
        assertThat(byMonth.groups()).extracting(Row::signals).containsOnly("suppressed");
        SignalReport.View byTheme = report(few, "2025", "theme");
        assertThat(byTheme.groups()).extracting(Row::signals).containsOnly("suppressed");
    }

    @Test
    void signalsOfAnotherYearDoNotCount() {
        List<Fact> facts = new ArrayList<>(facts());
        facts.add(fact("breukelen", "health", Instant.parse("2024-12-31T22:59:00Z"), null, null));

        assertThat(report(facts, "2025", "kern").total().signals()).isEqualTo(21L);
    }

    @Test
    void everyKernCountIsEitherShownOrHiddenSoThatTheTotalPinsNoHiddenOne() {
        // an oracle over random years: no hidden count can be worked out from the total and the shown ones
        java.util.Random random = new java.util.Random(16);
        for (int round = 0; round < 500; round++) {
            List<Fact> facts = new ArrayList<>();
            String[] kernen = {"a", "b", "c", "d", "e"};
            for (String kern : kernen) {
                int n = random.nextInt(random.nextBoolean() ? 5 : 15);
                for (int i = 0; i < n; i++) {
                    facts.add(fact(kern, "health", MARCH, null, null));
                }
            }
            SignalReport.View view = report(facts, "2025", "kern");
            if (!(view.total().signals() instanceof Long total)) {
                assertThat(view.groups()).extracting(Row::signals).allMatch(s -> !(s instanceof Long));
                continue;
            }
            long shown = view.groups().stream().filter(r -> r.signals() instanceof Long)
                    .mapToLong(r -> (Long) r.signals()).sum();
            List<Row> hidden = view.groups().stream().filter(r -> !(r.signals() instanceof Long)).toList();
            assertThat(hidden.size()).as("round %d", round).isNotEqualTo(1);
            if (!hidden.isEmpty()) {
                assertThat(total - shown).isGreaterThanOrEqualTo(hidden.size());
            }
        }
    }

    static SignalReport.View report(List<Fact> facts, String period, String by) {
        ReportQuery query = ReportQuery.parse(period, by, null, null);
        return SignalReport.publish(query.period().year(), ZONE, facts).view(query, ZONE);
    }

    static List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            facts.add(fact("breukelen", "financial", MARCH, MARCH.plusSeconds(10 * 3600),
                    i < 6 ? MARCH.plusSeconds(30 * 3600) : null));
        }
        for (int i = 0; i < 6; i++) {
            facts.add(fact("loenen", "health", MARCH, null, null));
        }
        for (int i = 0; i < 3; i++) {
            facts.add(fact("maarssen", "health", MARCH, MARCH.plusSeconds(2 * 3600), null));
        }
        return facts;
    }

    static Fact fact(String kern, String theme, Instant raised, Instant pickedUp, Instant feedback) {
        return new Fact(kern, theme, raised, pickedUp, feedback);
    }

    static Map<String, Row> byGroup(List<Row> rows) {
        Map<String, Row> map = new java.util.LinkedHashMap<>();
        rows.forEach(r -> map.put(r.group(), r));
        return map;
    }
}
