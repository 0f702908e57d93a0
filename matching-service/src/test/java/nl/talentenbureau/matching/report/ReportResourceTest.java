package nl.talentenbureau.matching.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.report.ImpactReportView.ImpactRow;
import nl.talentenbureau.matching.report.Suppression.YearFigures;
import nl.talentenbureau.platform.report.ReportPeriod;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * Impact reports over rows written straight into the projection and match tables, in 2019 so no other test's data
 * falls in the period. Three kernen, hand-computed (all created in March 2019, hours worked in April, completed in
 * May):
 *
 * <pre>
 * kern        requests  matches  completed  hours (matches)  days to match      active  55+ (of known)  unmatched
 * loenen             5        5          0    5 x 1 h (5)    4 4 4 4 4 -> 4       5      5 of 5          0
 * maarssen           9        7          5    7 x 2.5 h (7)  1 2 3 5 8 13 21->5   7      4 of 7          2
 * nigtevecht         3        3          0    3 x 1 h (3)    10 10 10 (3)         3      0 of 3          0
 * total             17       15          5    25.5 h (15)    15 values -> 4      15      9 of 15 = 0.6   2
 * </pre>
 */
@QuarkusTest
class ReportResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final String ORG = "reports-test-org";
    static final String PERIOD = "?period=2019&by=kern";
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2019-03-01T10:00:00Z");

    static boolean seeded;

    @Inject
    EntityManager em;

    @Inject
    ReportRepository repository;

    @Inject
    MatchingConfig config;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            kern("loenen", List.of(4, 4, 4, 4, 4), 0, 1960, 5, "1", 0);
            kern("maarssen", List.of(1, 2, 3, 5, 8, 13, 21), 5, 1950, 4, "2.5", 2);
            kern("nigtevecht", List.of(10, 10, 10), 0, 1990, 0, "1", 0);
        });
        seeded = true;
    }

    /**
     * One matched request per entry of {@code days} (first accepted that many days after creation), each with its
     * own volunteer, activated a day after acceptance; the first {@code completed} completed on 1 May; each logs
     * {@code hours} on 1 April. {@code seniors} volunteers born in {@code seniorBirthYear}, the others in 1980.
     * Plus {@code unmatched} requests never matched.
     */
    private void kern(String kern, List<Integer> days, int completed, int seniorBirthYear, int seniors,
            String hours, int unmatched) {
        for (int i = 0; i < days.size(); i++) {
            UUID request = request(kern);
            UUID volunteer = volunteer(i < seniors ? seniorBirthYear : 1980);
            OffsetDateTime accepted = CREATED.plus(Duration.ofDays(days.get(i)));
            UUID match = UUID.randomUUID();
            boolean done = i < completed;
            em.createNativeQuery("""
                    insert into match (id, request_id, volunteer_id, organisation, status, version, proposed_at,
                        answer_deadline, decided_at, created_by, activated_at, closed_at, hours_logged)
                    values (?1, ?2, ?3, ?4, ?5, 3, ?6, ?7, ?8, 'reports-test', ?9, ?10, cast(?11 as numeric))""")
                    .setParameter(1, match).setParameter(2, request).setParameter(3, volunteer)
                    .setParameter(4, ORG).setParameter(5, done ? "COMPLETED" : "ACTIVE")
                    .setParameter(6, accepted.minusHours(1)).setParameter(7, accepted.plusDays(3))
                    .setParameter(8, accepted).setParameter(9, accepted.plusDays(1))
                    .setParameter(10, done ? OffsetDateTime.parse("2019-05-01T10:00:00Z") : null)
                    .setParameter(11, hours).executeUpdate();
            em.createNativeQuery("""
                    insert into match_hours (id, match_id, worked_on, hours, logged_by, logged_at)
                    values (?1, ?2, date '2019-04-01', cast(?3 as numeric), 'reports-test', now())""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, match).setParameter(3, hours)
                    .executeUpdate();
        }
        for (int i = 0; i < unmatched; i++) {
            request(kern);
        }
    }

    private UUID request(String kern) {
        UUID id = UUID.randomUUID();
        String snapshot = """
                {"id": "%s", "version": 1, "status": "MATCHED", "organisation": "%s", "kern": "%s",
                 "theme": "digital", "createdAt": "%s"}""".formatted(id, ORG, kern, CREATED);
        em.createNativeQuery("""
                insert into request_projection (id, version, organisation, status, snapshot, applied_at)
                values (?1, 1, ?2, 'MATCHED', cast(?3 as jsonb), now())""")
                .setParameter(1, id).setParameter(2, ORG).setParameter(3, snapshot).executeUpdate();
        return id;
    }

    /** Without consent to matching, so the candidate index of the other tests leaves them out. */
    private UUID volunteer(int birthYear) {
        UUID id = UUID.randomUUID();
        String snapshot = """
                {"id": "%s", "version": 1, "status": "ACTIVE", "homeKern": "maarssen", "birthYear": %d,
                 "matchingConsent": false}""".formatted(id, birthYear);
        em.createNativeQuery("""
                insert into volunteer_projection (id, version, snapshot, applied_at, reach_by)
                values (?1, 1, cast(?2 as jsonb), now(), 'PHONE')""")
                .setParameter(1, id).setParameter(2, snapshot).executeUpdate();
        return id;
    }

    private static ValidatableResponse report(String token, String query) {
        return given().auth().oauth2(token).accept("application/json").when().get("/api/reports/impact" + query)
                .then();
    }

    @Test
    void aKernWithThreeMatchesShowsUnderFiveAndAKernWithSevenShowsSeven() {
        report(Tokens.coordinator(ORG), PERIOD).statusCode(200).contentType("application/json")
                .body("period", equalTo("2019")).body("from", equalTo("2019-01-01")).body("to", equalTo("2019-12-31"))
                .body("by", equalTo("kern"))
                .body("groups.group", org.hamcrest.Matchers.contains("loenen", "maarssen", "nigtevecht"))
                .body("groups.find { it.group == 'nigtevecht' }.matchesMade", equalTo("<5"))
                .body("groups.find { it.group == 'nigtevecht' }.suppressed.matchesMade",
                        equalTo("suppressed: fewer than 5"))
                .body("groups.find { it.group == 'maarssen' }.matchesMade", equalTo(7))
                // one small cell: the next smallest (loenen's 5) is hidden so 15 - 7 does not give 3 away
                .body("groups.find { it.group == 'loenen' }.matchesMade", equalTo("suppressed"))
                .body("total.group", equalTo("total"))
                .body("total.matchesMade", equalTo(15));
    }

    @Test
    void everyColumnAsHandComputed() {
        JsonPath json = report(Tokens.admin(), PERIOD).statusCode(200).extract().jsonPath();
        Map<String, Object> loenen = json.getMap("groups.find { it.group == 'loenen' }");
        Map<String, Object> maarssen = json.getMap("groups.find { it.group == 'maarssen' }");
        Map<String, Object> nigtevecht = json.getMap("groups.find { it.group == 'nigtevecht' }");
        Map<String, Object> total = json.getMap("total");

        assertThat(List.of(loenen.get("requests"), maarssen.get("requests"), nigtevecht.get("requests"),
                total.get("requests"))).containsExactly("suppressed", 9, "<5", 17);
        assertThat(List.of(loenen.get("matchesCompleted"), maarssen.get("matchesCompleted"),
                nigtevecht.get("matchesCompleted"), total.get("matchesCompleted"))).containsExactly(0, 5, 0, 5);
        // hours of 3 matches hidden, and loenen's (5 matches, the next fewest) with them
        assertThat(nigtevecht.get("hours")).isNull();
        assertThat(loenen.get("hours")).isNull();
        assertThat(((Number) maarssen.get("hours")).doubleValue()).isEqualTo(17.5);
        assertThat(((Number) total.get("hours")).doubleValue()).isEqualTo(25.5);
        // medians: 4; 1 2 3 [5] 8 13 21; three values only; all 15 sorted -> the 8th is 4
        assertThat(loenen.get("medianDaysToMatch")).isEqualTo(4.0f);
        assertThat(maarssen.get("medianDaysToMatch")).isEqualTo(5.0f);
        assertThat(nigtevecht.get("medianDaysToMatch")).isNull();
        assertThat(json.getString("groups.find { it.group == 'nigtevecht' }.suppressed.medianDaysToMatch"))
                .isEqualTo("suppressed: fewer than 5");
        assertThat(total.get("medianDaysToMatch")).isEqualTo(4.0f);
        assertThat(List.of(loenen.get("activeVolunteers"), maarssen.get("activeVolunteers"),
                nigtevecht.get("activeVolunteers"), total.get("activeVolunteers")))
                .containsExactly("suppressed", 7, "<5", 15);
        // 55+ at the end of 2019: born 1960 and 1950 yes, 1980 and 1990 no. Per kern all or nothing, and loenen's
        // volunteers are hidden: its 1.0 would give its count back, and maarssen's 0.571 with 7 the 4 seniors
        assertThat(loenen.get("shareAged55Plus")).isNull();
        assertThat(maarssen.get("shareAged55Plus")).isNull();
        assertThat(nigtevecht.get("shareAged55Plus")).isNull();
        assertThat(json.getString("groups.find { it.group == 'maarssen' }.suppressed.shareAged55Plus"))
                .isEqualTo("suppressed: with the requests or volunteers it would reveal a count under 5");
        // 9 of 15, and 6 younger: both 5 or more
        assertThat(total.get("shareAged55Plus")).isEqualTo(0.6f);
        // 2 unmatched in all: hidden, and every kern's with it (17 - "<5" would not pin it, 2 + 0 + 0 would)
        assertThat(List.of(loenen.get("unmatchedRequests"), maarssen.get("unmatchedRequests"),
                nigtevecht.get("unmatchedRequests"), total.get("unmatchedRequests")))
                .containsExactly("suppressed", "suppressed", "suppressed", "suppressed");
    }

    @Test
    void byMonthEveryMonthOfThePeriodIsARow() {
        report(Tokens.coordinator(ORG), "?period=2019&by=month").statusCode(200)
                .body("groups.group", org.hamcrest.Matchers.contains("2019-01", "2019-02", "2019-03", "2019-04",
                        "2019-05", "2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12"))
                .body("groups.find { it.group == '2019-01' }.requests", equalTo(0))
                .body("groups.find { it.group == '2019-03' }.requests", equalTo(17))
                .body("groups.find { it.group == '2019-05' }.matchesCompleted", equalTo(5))
                .body("groups.find { it.group == '2019-04' }.hours", equalTo(25.5f))
                .body("groups.find { it.group == '2019-01' }.medianDaysToMatch", nullValue());
        report(Tokens.coordinator(ORG), "?period=2019-Q2&by=month").statusCode(200)
                .body("period", equalTo("2019-Q2")).body("from", equalTo("2019-04-01"))
                .body("to", equalTo("2019-06-30"))
                .body("groups.group", org.hamcrest.Matchers.contains("2019-04", "2019-05", "2019-06"))
                .body("total.matchesCompleted", equalTo(5));
    }

    @Test
    void aMonthIsTheSameCellInEveryReportThatShowsIt() {
        Map<String, Object> alone = report(Tokens.admin(), "?period=2019-03&by=month").statusCode(200).extract()
                .jsonPath().getMap("total");
        for (String period : List.of("2019", "2019-Q1", "2019-03")) {
            Map<String, Object> row = new java.util.HashMap<>(report(Tokens.admin(), "?period=" + period + "&by=month")
                    .statusCode(200).extract().jsonPath().getMap("groups.find { it.group == '2019-03' }"));
            row.put("group", "total");
            assertThat(row).as(period).isEqualTo(alone);
        }
    }

    /**
     * The attacker of {@link DifferencingAttackTest} over real HTTP and PostgreSQL: every report the API allows for
     * 2019, against the exact figures of the same rows.
     */
    @Test
    void theAttackerDerivesNoSmallCellFromTheApi() {
        ZoneId zone = config.zone();
        ReportPeriod year = ReportPeriod.year(2019);
        Facts facts = QuarkusTransaction.requiringNew().call(() -> new Facts(
                repository.requests(year.start(zone), year.end(zone)), repository.matches(year.start(zone),
                        year.end(zone)),
                repository.hours(year.from(), year.to())));
        YearFigures truth = ReportService.figures(2019, zone, facts);

        DifferencingAttacker.Result result = DifferencingAttacker.attack(List.of(2019),
                query -> view(report(Tokens.admin(), "?period=" + query.period() + "&by=" + query.by())
                        .statusCode(200).extract().jsonPath()),
                (y, node) -> DifferencingAttackTest.truth(truth, node));

        System.out.println("over HTTP: " + result.queries() + " query combinations, " + result.derived().size()
                + " small cells derived (" + result.smallCells() + " small cells attacked)");
        assertThat(result.smallCells()).isGreaterThan(5);
        assertThat(result.derived()).isEmpty();
    }

    /** An answer as the attacker reads it: the rows with their cells as JSON gives them. */
    @SuppressWarnings("unchecked")
    private static ImpactReportView view(JsonPath json) {
        List<ImpactRow> rows = new ArrayList<>();
        for (Object row : json.getList("groups")) {
            rows.add(row((Map<String, Object>) row));
        }
        return new ImpactReportView(json.getString("period"), null, null, json.getString("by"),
                json.getString("zone"), json.getString("suppression"), rows, row(json.getMap("total")));
    }

    @SuppressWarnings("unchecked")
    private static ImpactRow row(Map<String, Object> row) {
        Object hours = row.get("hours");
        Object share = row.get("shareAged55Plus");
        Object median = row.get("medianDaysToMatch");
        return new ImpactRow((String) row.get("group"), row.get("requests"), row.get("matchesMade"),
                row.get("matchesCompleted"), hours == null ? null : new BigDecimal(hours.toString()),
                median == null ? null : Double.valueOf(median.toString()), row.get("activeVolunteers"),
                share == null ? null : Double.valueOf(share.toString()), row.get("unmatchedRequests"),
                (Map<String, String>) row.get("suppressed"));
    }

    @Test
    void theCsvHasAHeaderAGroupRowEachAndTheTotalWithTheJsonFigures() {
        JsonPath json = report(Tokens.coordinator(ORG), PERIOD).statusCode(200).extract().jsonPath();
        String csv = given().auth().oauth2(Tokens.coordinator(ORG)).accept("text/csv").when()
                .get("/api/reports/impact" + PERIOD).then().statusCode(200).contentType("text/csv").extract()
                .asString();

        List<String> lines = List.of(csv.split("\r\n"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        assertThat(header).containsExactly("group", "requests", "matchesMade", "matchesCompleted", "hours",
                "medianDaysToMatch", "activeVolunteers", "shareAged55Plus", "unmatchedRequests");
        List<Map<String, Object>> rows = new ArrayList<>(json.getList("groups"));
        rows.add(json.getMap("total"));
        assertThat(lines).hasSize(rows.size() + 1);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            assertThat(cells).hasSize(header.size());
            for (int c = 0; c < header.size(); c++) {
                Object expected = rows.get(r).get(header.get(c));
                String cell = cells[c];
                String where = "row " + (r + 1) + " column " + header.get(c);
                if (expected == null) {
                    assertThat(cell).as(where).isEmpty();
                } else if (expected instanceof Number number) {
                    assertThat(Double.parseDouble(cell)).as(where).isEqualTo(number.doubleValue(),
                            org.assertj.core.data.Offset.offset(1e-6));
                } else {
                    assertThat(cell).as(where).isEqualTo(expected);
                }
            }
        }
        assertThat(lines.get(lines.size() - 1)).startsWith("total,17,15,5,25.5,4.0,15,0.6,suppressed");
    }

    @Test
    void coordinatorsAndAdminsReadReportsOtherRolesDoNot() {
        report(Tokens.coordinator("any-org"), PERIOD).statusCode(200);
        report(Tokens.admin(), PERIOD).statusCode(200);
        report(Tokens.volunteer("reports-volunteer"), PERIOD).statusCode(403).contentType(PROBLEM);
        report(Tokens.partner(ORG), PERIOD).statusCode(403).contentType(PROBLEM);
        report(Tokens.service(), PERIOD).statusCode(403).contentType(PROBLEM);
        given().accept("application/json").when().get("/api/reports/impact" + PERIOD).then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void missingParametersAre400NamingEveryField() {
        report(Tokens.coordinator(ORG), "").statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://talentenbureau.nl/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("period", "by"));
    }

    @Test
    void badParametersAre400NamingEveryField() {
        report(Tokens.coordinator(ORG), "?period=2019-13&by=street").statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("period", "by"));
        report(Tokens.coordinator(ORG), "?period=2019-W10&by=month").statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("period"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("weeks are not offered"));
        report(Tokens.coordinator(ORG), "?period=2019-Q1&by=kern").statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("by"));
    }

    /** Two free periods a day apart would give that day away: from and to are refused, whatever else is sent. */
    @Test
    void freePeriodsAreRefused() {
        report(Tokens.coordinator(ORG), "?from=2019-01-01&to=2019-06-30&by=kern").statusCode(400)
                .contentType(PROBLEM).body("errors.field", containsInAnyOrder("from", "to", "period"))
                .body("errors.find { it.field == 'from' }.message",
                        org.hamcrest.Matchers.startsWith("free periods are not offered"));
        report(Tokens.coordinator(ORG), "?period=2019&from=2019-01-01&by=kern").statusCode(400)
                .contentType(PROBLEM).body("errors.field", containsInAnyOrder("from"));
    }

    @Test
    void anAcceptHeaderNamingNeitherJsonNorCsvIs406() {
        given().auth().oauth2(Tokens.coordinator(ORG)).accept("application/xml").when()
                .get("/api/reports/impact" + PERIOD).then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void withoutAPreferenceTheAnswerIsJson() {
        given().auth().oauth2(Tokens.coordinator(ORG)).accept("*/*").when().get("/api/reports/impact" + PERIOD)
                .then().statusCode(200).contentType("application/json").body("total.requests", equalTo(17));
    }

    @Test
    void byOrganisationTheRequestsOrganisationIsTheGroup() {
        report(Tokens.coordinator(ORG), "?period=2019&by=organisation").statusCode(200)
                .body("groups.group", org.hamcrest.Matchers.contains(ORG))
                .body("groups[0].requests", equalTo(17))
                .body("groups[0].matchesMade", equalTo(15));
    }
}
