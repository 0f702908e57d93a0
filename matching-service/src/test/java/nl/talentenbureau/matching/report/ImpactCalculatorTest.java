package nl.talentenbureau.matching.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.report.Facts.HoursFact;
import nl.talentenbureau.matching.report.Facts.MatchFact;
import nl.talentenbureau.matching.report.Facts.Place;
import nl.talentenbureau.matching.report.Facts.RequestFact;
import nl.talentenbureau.matching.report.ImpactCalculator.RawReport;
import nl.talentenbureau.platform.report.ReportPeriod;

/** Hand-computed figures over a first quarter of 2026 in Europe/Amsterdam (UTC+1 in winter). */
class ImpactCalculatorTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Place BREUKELEN = new Place("breukelen", "digital", "org-a");
    private static final Place LOENEN = new Place("loenen", "garden", "org-b");
    private static final UUID V1 = new UUID(0, 1);
    private static final UUID V2 = new UUID(0, 2);
    private static final UUID V3 = new UUID(0, 3);
    private static final UUID V4 = new UUID(0, 4);

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static RequestFact request(Place place, String created, String firstAccepted) {
        return new RequestFact(UUID.randomUUID(), place, at(created), firstAccepted == null ? null : at(firstAccepted));
    }

    private static MatchFact match(UUID volunteer, Place place, String status, String accepted, String activated,
            String closed, Integer birthYear) {
        return new MatchFact(UUID.randomUUID(), volunteer, place, status, at(accepted),
                activated == null ? null : at(activated), closed == null ? null : at(closed), birthYear);
    }

    private static final Facts FACTS = new Facts(
            List.of(
                    // created 2026-01-01 00:30 in Amsterdam: inside the period although 2025 in UTC; 2 days (1 to 3 January)
                    request(BREUKELEN, "2025-12-31T23:30:00Z", "2026-01-03T10:00:00Z"),
                    // 10 days
                    request(BREUKELEN, "2026-01-10T09:00:00Z", "2026-01-20T09:00:00Z"),
                    // created before the period, first matched in it: only in the median (13 days)
                    request(BREUKELEN, "2025-12-20T12:00:00Z", "2026-01-02T12:00:00Z"),
                    // matched after `to` (2026-04-01 01:00 in Amsterdam): unmatched by `to`
                    request(BREUKELEN, "2026-03-30T10:00:00Z", "2026-03-31T23:00:00Z"),
                    // never matched
                    request(BREUKELEN, "2026-02-01T10:00:00Z", null),
                    // loenen: created in February, matched in March after 30 days
                    request(LOENEN, "2026-02-14T10:00:00Z", "2026-03-16T10:00:00Z")),
            List.of(
                    // V1 active since before the period in both kernen: one volunteer in the total
                    match(V1, BREUKELEN, "ACTIVE", "2025-10-01T10:00:00Z", "2025-11-01T10:00:00Z", null, 1960),
                    match(V1, LOENEN, "ACTIVE", "2026-03-16T10:00:00Z", "2026-03-17T10:00:00Z", null, 1960),
                    // V2 accepted in January, active from February, completed 1 March; born 1971: 55 in 2026
                    match(V2, BREUKELEN, "COMPLETED", "2026-01-03T10:00:00Z", "2026-02-10T10:00:00Z",
                            "2026-03-01T10:00:00Z", 1971),
                    // V3 ended before the period: not active in it; born 1972
                    match(V3, BREUKELEN, "ENDED", "2025-09-01T10:00:00Z", "2025-09-02T10:00:00Z",
                            "2025-12-30T10:00:00Z", 1972),
                    // V4 accepted in January, never activated; birth year unknown
                    match(V4, BREUKELEN, "ACCEPTED", "2026-01-20T09:00:00Z", null, null, null)),
            List.of(
                    new HoursFact(new UUID(1, 1), BREUKELEN, LocalDate.of(2026, 2, 11), new BigDecimal("2.5")),
                    new HoursFact(new UUID(1, 1), BREUKELEN, LocalDate.of(2026, 2, 18), new BigDecimal("3")),
                    new HoursFact(new UUID(1, 2), LOENEN, LocalDate.of(2026, 3, 20), new BigDecimal("1.25")),
                    // outside the period: ignored
                    new HoursFact(new UUID(1, 2), LOENEN, LocalDate.of(2026, 4, 1), new BigDecimal("8"))));

    @Test
    void byKern() {
        RawReport report = ImpactCalculator.compute(ReportPeriod.quarter(2026, 1), Grouping.KERN, ZONE,
                FACTS);

        assertThat(report.groups()).containsOnlyKeys("breukelen", "loenen");
        Figures breukelen = report.groups().get("breukelen");
        assertThat(breukelen.requests()).isEqualTo(4);
        assertThat(breukelen.unmatchedRequests()).isEqualTo(2);
        assertThat(breukelen.daysToMatch()).containsExactlyInAnyOrder(2L, 10L, 13L);
        assertThat(breukelen.medianDaysToMatch()).isEqualTo(10.0);
        // V2 (completed in March) and V4 (January); V1's breukelen match was accepted in 2025
        assertThat(breukelen.matchesMade()).isEqualTo(2);
        assertThat(breukelen.matchesCompleted()).isEqualTo(1);
        assertThat(breukelen.hours()).isEqualByComparingTo("5.5");
        assertThat(breukelen.matchesWithHours()).isEqualTo(1);
        // V1 and V2 were active; V1 is 66 at the end of 2026, V2 55
        assertThat(breukelen.activeVolunteers()).isEqualTo(2);
        assertThat(breukelen.knownAge()).isEqualTo(2);
        assertThat(breukelen.aged55Plus()).isEqualTo(2);

        Figures loenen = report.groups().get("loenen");
        assertThat(loenen.requests()).isEqualTo(1);
        assertThat(loenen.unmatchedRequests()).isZero();
        assertThat(loenen.daysToMatch()).containsExactly(30L);
        assertThat(loenen.matchesMade()).isEqualTo(1);
        assertThat(loenen.activeVolunteers()).isEqualTo(1);
        assertThat(loenen.hours()).isEqualByComparingTo("1.25");

        Figures total = report.total();
        assertThat(total.requests()).isEqualTo(5);
        assertThat(total.matchesMade()).isEqualTo(3);
        assertThat(total.activeVolunteers()).as("V1 once, V2").isEqualTo(2);
        assertThat(total.medianDaysToMatch()).as("2 10 13 30").isEqualTo(11.5);
        assertThat(total.hours()).isEqualByComparingTo("6.75");
        assertThat(total.matchesWithHours()).isEqualTo(2);
    }

    @Test
    void eachMonthIsAPeriodOfItsOwnAndYearFactsCountOnlyInTheirMonth() {
        Figures january = ImpactCalculator.compute(ReportPeriod.month(2026, 1), null, ZONE, FACTS).total();
        Figures february = ImpactCalculator.compute(ReportPeriod.month(2026, 2), null, ZONE, FACTS).total();
        Figures march = ImpactCalculator.compute(ReportPeriod.month(2026, 3), null, ZONE, FACTS).total();

        assertThat(List.of(january.requests(), february.requests(), march.requests())).containsExactly(2L, 2L, 1L);
        assertThat(List.of(january.matchesMade(), february.matchesMade(), march.matchesMade()))
                .containsExactly(2L, 0L, 1L);
        assertThat(march.matchesCompleted()).isEqualTo(1);
        // by the month of the first acceptance: January 2, 10 and 13 days; March 30
        assertThat(january.daysToMatch()).containsExactlyInAnyOrder(2L, 10L, 13L);
        assertThat(march.daysToMatch()).containsExactly(30L);
        // V1 every month; V2 from 10 February to 1 March
        assertThat(List.of(january.activeVolunteers(), february.activeVolunteers(), march.activeVolunteers()))
                .containsExactly(1L, 2L, 2L);
        assertThat(february.hours()).isEqualByComparingTo("5.5");
        assertThat(march.hours()).isEqualByComparingTo("1.25");
        // the loenen request of February is matched in March: unmatched at the end of February, not of the quarter
        assertThat(february.unmatchedRequests()).isEqualTo(2);
        assertThat(ImpactCalculator.compute(ReportPeriod.quarter(2026, 1), null, ZONE, FACTS).groups()).isEmpty();
    }

    @Test
    void byThemeAndOrganisationUseTheRequestsFields() {
        RawReport byTheme = ImpactCalculator.compute(ReportPeriod.quarter(2026, 1), Grouping.THEME, ZONE,
                FACTS);
        assertThat(byTheme.groups()).containsOnlyKeys("digital", "garden");
        RawReport byOrganisation = ImpactCalculator.compute(ReportPeriod.quarter(2026, 1), Grouping.ORGANISATION, ZONE,
                FACTS);
        assertThat(byOrganisation.groups().get("org-a").requests()).isEqualTo(4);
    }

    @Test
    void aRequestWithoutAKernCountsUnderUnknown() {
        Facts facts = new Facts(List.of(request(new Place(null, null, "org"), "2026-01-05T10:00:00Z", null)),
                List.of(), List.of());
        RawReport report = ImpactCalculator.compute(ReportPeriod.month(2026, 1), Grouping.KERN, ZONE,
                facts);
        assertThat(report.groups()).containsOnlyKeys(ImpactCalculator.UNKNOWN);
    }

    @Test
    void theAgeIsTheYearOfToMinusTheBirthYear() {
        Facts facts = new Facts(List.of(), List.of(
                match(V1, BREUKELEN, "ACTIVE", "2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", null, 1971),
                match(V2, BREUKELEN, "ACTIVE", "2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", null, 1972),
                match(V3, BREUKELEN, "ACTIVE", "2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", null, null)),
                List.of());
        Figures f = ImpactCalculator.compute(ReportPeriod.month(2026, 1), Grouping.KERN, ZONE, facts)
                .total();
        assertThat(f.activeVolunteers()).isEqualTo(3);
        assertThat(f.knownAge()).isEqualTo(2);
        assertThat(f.aged55Plus()).isEqualTo(1);
        assertThat(f.shareAged55Plus()).isEqualTo(0.5);
    }
}
