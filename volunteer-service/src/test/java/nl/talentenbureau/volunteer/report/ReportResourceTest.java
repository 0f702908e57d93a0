package nl.talentenbureau.volunteer.report;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

import nl.talentenbureau.platform.testing.Tokens;

/**
 * The funnel and training reports over data seeded in 2019, a year no other test writes in: volunteers' status steps
 * and sessions written straight into the tables (the API only writes today), shaped so that the answers show "<5"
 * cells and the cells hidden with them. Each report is printed as a table.
 */
@QuarkusTest
class ReportResourceTest {

    static final String FUNNEL = "/api/volunteers/reports/funnel";
    static final String TRAINING = "/api/volunteers/reports/training";
    static final String COORDINATOR = Tokens.coordinator("welzijn-stichtse-vecht");
    static final String SEED_ORGANISATION = "report-seed-2019";
    static boolean seeded;
    UUID vacancy;
    UUID event;

    @Inject
    EntityManager em;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            // a closed vacancy and a past event of an organisation of this test only, for the applications to name
            vacancy = UUID.randomUUID();
            em.createNativeQuery("""
                    insert into vacancy (id, version, organisation, title, description, theme, vog_required, status,
                        created_at, updated_at)
                    values (?1, 1, ?2, 'Maatje', 'Wekelijks een bezoek', 'meaning', false, 'CLOSED', now(), now())""")
                    .setParameter(1, vacancy).setParameter(2, SEED_ORGANISATION).executeUpdate();
            event = UUID.randomUUID();
            em.createNativeQuery("""
                    insert into outreach_event (id, version, organisation, title, description, held_on, starts_at,
                        kern, place, places, created_at, updated_at)
                    values (?1, 1, ?2, 'Koffie voor 60-plussers', 'Kennismaken', date '2019-01-03', time '10:00',
                        'breukelen', 'Dorpshuis', 40, now(), now())""")
                    .setParameter(1, event).setParameter(2, SEED_ORGANISATION).executeUpdate();
            // breukelen: 12 apply, 10 to an intake, 8 active, 2 declined; maarssen 7/6/5/1; loenen 3/2/1/1. The i-th
            // volunteer's source is the i-th letter: V vacancy, E event, R referral, W website, D registered directly
            // (no application). So by source: VACANCY 7/7/7/0, EVENT 7/7/5/2, REFERRAL 3/2/0/2, WEBSITE 2/0/0/0,
            // DIRECT 3/2/2/0
            funnel("breukelen", 12, 10, 8, "VVVVVVEEERWD");
            funnel("maarssen-dorp", 7, 6, 5, "EEEDVEW");
            funnel("loenen-aan-de-vecht", 3, 2, 1, "DRR");
            // declined before an intake: no profile was made, so the funnel does not count it
            application("WEBSITE", "DECLINED", "maarssen-dorp", null,
                    OffsetDateTime.of(2019, 3, 4, 10, 0, 0, 0, ZoneOffset.UTC));
            // dementia-basics: six sessions in Breukelen (12 places, 10 came); first aid twice in Maarssen; digicoach
            // once in Loenen; and a cancelled one that does not count
            for (int month = 1; month <= 6; month++) {
                session("dementia-basics", "breukelen", LocalDate.of(2019, month, 14), 12, "HELD", 10);
            }
            session("first-aid", "maarssen-dorp", LocalDate.of(2019, 9, 3), 10, "HELD", 3);
            session("first-aid", "maarssen-dorp", LocalDate.of(2019, 10, 3), 10, "HELD", 4);
            session("digicoach", "loenen-aan-de-vecht", LocalDate.of(2019, 11, 5), 8, "HELD", 2);
            session("digicoach", "loenen-aan-de-vecht", LocalDate.of(2019, 11, 19), 8, "CANCELLED", null);
        });
        seeded = true;
    }

    /**
     * {@code applied} volunteers of a kern: the i-th applies on 5 January + 3i days, comes to an intake a week later
     * while {@code i < intake}, is active three weeks after applying while {@code i < active}, and those who came to
     * an intake but did not become active are stopped three days after it (declined). {@code sources}: the i-th
     * volunteer's source ({@code D}: registered directly, no application).
     */
    private void funnel(String kern, int applied, int intake, int active, String sources) {
        for (int i = 0; i < applied; i++) {
            UUID id = UUID.randomUUID();
            OffsetDateTime on = OffsetDateTime.of(2019, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC).plusDays(3L * i);
            // erased long since (as erasure leaves a row: no name, STOPPED, the kern): no feed, list or search
            // holds them, and the funnel still counts their steps
            em.createNativeQuery("""
                    insert into volunteer (id, version, status, name, home_kern, max_travel_km, capacity, created_at,
                        updated_at, erased_at) values (?1, 1, 'STOPPED', '(erased)', ?2, 10, 1, ?3, ?3, ?3)""")
                    .setParameter(1, id).setParameter(2, kern).setParameter(3, on).executeUpdate();
            // the trigger recorded the insert now; this volunteer's history is the one below
            em.createNativeQuery("delete from volunteer_status_change where volunteer_id = ?1").setParameter(1, id)
                    .executeUpdate();
            step(id, "APPLIED", kern, on);
            if (i < intake) {
                step(id, "INTAKE", kern, on.plusDays(7));
            }
            if (i < active) {
                step(id, "ACTIVE", kern, on.plusDays(21));
            } else if (i < intake) {
                step(id, "STOPPED", kern, on.plusDays(10));
            }
            String source = switch (sources.charAt(i)) {
                case 'V' -> "VACANCY";
                case 'E' -> "EVENT";
                case 'R' -> "REFERRAL";
                case 'W' -> "WEBSITE";
                default -> null;
            };
            if (source != null) {
                String status = i < active ? "ACTIVE" : i < intake ? "DECLINED" : "INTAKE";
                application(source, status, kern, id, on.minusDays(2));
            }
        }
    }

    /** An application as retention leaves it: erased (no name, contact or motivation), its source and kern kept. */
    private void application(String source, String status, String kern, UUID volunteer, OffsetDateTime on) {
        em.createNativeQuery("""
                insert into application (id, version, organisation, vacancy_id, event_id, source, status, kern,
                    consent_at, confirmed_at, volunteer_id, erased_at, created_at, updated_at)
                values (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?8, ?8, ?8)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, SEED_ORGANISATION)
                .setParameter(3, "VACANCY".equals(source) ? vacancy : null)
                .setParameter(4, "EVENT".equals(source) ? event : null).setParameter(5, source)
                .setParameter(6, status).setParameter(7, kern).setParameter(8, on).setParameter(9, volunteer)
                .executeUpdate();
    }

    private void step(UUID id, String status, String kern, OffsetDateTime at) {
        em.createNativeQuery("insert into volunteer_status_change (volunteer_id, status, kern, at) values (?1, ?2, ?3,"
                + " ?4)").setParameter(1, id).setParameter(2, status).setParameter(3, kern).setParameter(4, at)
                .executeUpdate();
    }

    private void session(String training, String kern, LocalDate day, int places, String status, Integer attended) {
        em.createNativeQuery("""
                insert into training_session (id, version, training_code, organisation, held_on, starts_at, ends_at,
                    kern, place, trainer, places, status, next_seq, created_at, updated_at, attended)
                values (?1, 1, ?2, 'welzijn-stichtse-vecht', ?3, time '09:30', time '12:00', ?4, 'Dorpshuis',
                    'Trainer', ?5, ?6, 1, now(), now(), ?7)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, training).setParameter(3, day)
                .setParameter(4, kern).setParameter(5, places).setParameter(6, status)
                .setParameter(7, attended).executeUpdate();
    }

    static JsonPath report(String path, String token, String period, String by) {
        return as(token).queryParam("period", period).queryParam("by", by).get(path).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void theFunnelPerKernShowsSmallCellsAsUnderFiveAndHidesWhatWouldRevealThem() {
        JsonPath report = report(FUNNEL, COORDINATOR, "2019", "kern");
        print("GET " + FUNNEL + "?period=2019&by=kern", report,
                List.of("applied", "intake", "active", "declined", "medianDaysToActive"));

        assertThat(report.getString("zone")).isEqualTo("Europe/Amsterdam");
        Map<String, Object> breukelen = row(report, "breukelen");
        assertThat(breukelen).containsEntry("applied", 12).containsEntry("intake", 10)
                .containsEntry("medianDaysToActive", 21.0f);
        Map<String, Object> loenen = row(report, "loenen-aan-de-vecht");
        assertThat(loenen).containsEntry("applied", "<5").containsEntry("intake", "<5").containsEntry("active", "<5")
                .containsEntry("medianDaysToActive", null);
        assertThat(reasons(loenen)).containsEntry("applied", "suppressed: fewer than 5")
                .containsEntry("medianDaysToActive", "suppressed: fewer than 5");
        // 22 - 12 - 7 would give Loenen's 3 away: Maarssen's 7 is hidden with it
        assertThat(row(report, "maarssen-dorp")).containsEntry("applied", "suppressed")
                .containsEntry("intake", "suppressed")
                .containsEntry("medianDaysToActive", 21.0f);
        assertThat(reasons(row(report, "maarssen-dorp"))).containsEntry("applied",
                "suppressed: would reveal a small cell through a total");
        // active 8, 5 and 1 of 14: with only Maarssen's 5 hidden, 14 - 8 - 5 would still give the 1 away
        assertThat(report.getList("groups.active")).containsExactly("suppressed", "<5", "suppressed");
        Map<String, Object> total = report.getMap("total");
        assertThat(total).containsEntry("group", "total").containsEntry("applied", 22).containsEntry("intake", 18)
                .containsEntry("active", 14).containsEntry("declined", "<5");
        // a year's "<5" leaves nothing of it to the kernen
        assertThat(report.getList("groups.declined")).containsOnly("suppressed");
    }

    @Test
    void theFunnelPerSourceCountsHowVolunteersCameWithTheSameFloor() {
        JsonPath report = report(FUNNEL, COORDINATOR, "2019", "source");
        print("GET " + FUNNEL + "?period=2019&by=source", report,
                List.of("applied", "intake", "active", "declined", "medianDaysToActive"));

        assertThat(report.getString("by")).isEqualTo("source");
        // DIRECT: registered without an application; the application declined before an intake counts nowhere
        assertThat(report.getList("groups.group")).containsExactly("DIRECT", "EVENT", "REFERRAL", "VACANCY",
                "WEBSITE");
        assertThat(row(report, "VACANCY")).containsEntry("applied", 7).containsEntry("intake", 7)
                .containsEntry("active", 7).containsEntry("declined", "suppressed")
                .containsEntry("medianDaysToActive", 21.0f);
        // applied 3, 7, 3, 7, 2 of 22: the three small ones keep each other hidden (22 - 14 = 8 leaves each 1..4)
        assertThat(report.getList("groups.applied")).containsExactly("<5", 7, "<5", 7, "<5");
        assertThat(report.getList("groups.intake")).containsExactly("<5", 7, "<5", 7, 0);
        // active 2, 5, 0, 7, 0 of 14: 14 - 5 - 7 would give DIRECT's 2 away, so EVENT's 5 is hidden with it
        assertThat(report.getList("groups.active")).containsExactly("<5", "suppressed", 0, 7, 0);
        assertThat(reasons(row(report, "EVENT"))).containsEntry("active",
                "suppressed: would reveal a small cell through a total");
        // five became active through an event: the median is shown though their count is not (it says only "5 or
        // more", as the mark does)
        assertThat(row(report, "EVENT")).containsEntry("medianDaysToActive", 21.0f);
        assertThat(row(report, "DIRECT")).containsEntry("medianDaysToActive", null);
        // the year's 4 declined is "<5": no source gets a share of it
        assertThat(report.getList("groups.declined")).containsOnly("suppressed");
        // the same total as by kern: one publication of the year
        assertThat(report.getMap("total")).isEqualTo(report(FUNNEL, COORDINATOR, "2019", "kern").getMap("total"));
        assertThat(report.getMap("total")).containsEntry("applied", 22).containsEntry("active", 14);
    }

    @Test
    void theFunnelPerMonthSplitsAPeriodIntoItsMonthsWithTheSameFloor() {
        JsonPath quarter = report(FUNNEL, COORDINATOR, "2019-Q1", "month");
        print("GET " + FUNNEL + "?period=2019-Q1&by=month", quarter,
                List.of("applied", "intake", "active", "declined", "medianDaysToActive"));

        assertThat(quarter.getList("groups.group")).containsExactly("2019-01", "2019-02", "2019-03");
        // January 19, February 3, March 0: February is "<5", and January goes with it (22 - 0 - 19 = 3)
        assertThat(quarter.getList("groups.applied")).containsExactly("suppressed", "<5", 0);
        assertThat(quarter.getMap("total")).containsEntry("applied", 22);
        // the month's row is the same cell in the year's report by month
        JsonPath year = report(FUNNEL, COORDINATOR, "2019", "month");
        assertThat(year.getList("groups.applied").subList(0, 3)).isEqualTo(quarter.getList("groups.applied"));
        assertThat(report(FUNNEL, COORDINATOR, "2019-02", "month").getMap("total"))
                .containsEntry("applied", "<5");
    }

    @Test
    void trainingsPerTrainingCountSessionsPlacesAndWhoAttended() {
        JsonPath report = report(TRAINING, COORDINATOR, "2019", "training");
        print("GET " + TRAINING + "?period=2019&by=training", report, List.of("sessions", "places", "attended"));

        assertThat(report.getList("groups.group")).containsExactly("dementia-basics", "digicoach", "first-aid");
        assertThat(row(report, "dementia-basics")).containsEntry("sessions", 6).containsEntry("places", 72)
                .containsEntry("attended", 60);
        // the cancelled session counts nowhere
        assertThat(row(report, "digicoach")).containsEntry("sessions", "<5").containsEntry("places", 8)
                .containsEntry("attended", "<5");
        // 69 - 60 - 2 would give digicoach's 2 away: first aid's 7 is hidden with it
        assertThat(row(report, "first-aid")).containsEntry("sessions", "<5").containsEntry("places", 20)
                .containsEntry("attended", "suppressed");
        assertThat(report.getMap("total")).containsEntry("sessions", 9).containsEntry("places", 100)
                .containsEntry("attended", 69);

        JsonPath kernen = report(TRAINING, Tokens.admin(), "2019", "kern");
        print("GET " + TRAINING + "?period=2019&by=kern", kernen, List.of("sessions", "places", "attended"));
        assertThat(kernen.getList("groups.group")).containsExactly("breukelen", "loenen-aan-de-vecht", "maarssen-dorp");
    }

    @Test
    void coordinatorsOfEveryOrganisationAndAdminsReadTheCoalitionsFigures() {
        // the figures are the coalition's: a report per organisation would be a second publication to difference
        String welzijn = as(COORDINATOR).queryParam("period", "2019").queryParam("by", "kern").get(FUNNEL).then()
                .statusCode(200).extract().asString();
        for (String token : List.of(Tokens.coordinator("handjehelpen"), Tokens.admin())) {
            as(token).queryParam("period", "2019").queryParam("by", "kern").get(FUNNEL).then().statusCode(200)
                    .body(equalTo(welzijn));
        }
    }

    @Test
    void volunteersPartnersAndServicesAreRefusedAndAnonymousCallersTooWith401() {
        for (String path : List.of(FUNNEL, TRAINING)) {
            for (String token : List.of(Tokens.volunteer("volunteer-" + UUID.randomUUID()),
                    Tokens.partner("handjehelpen"), Tokens.service())) {
                problem(as(token).queryParam("period", "2019").queryParam("by", "month").get(path).then(), 403,
                        "forbidden");
            }
            problem(anonymous().queryParam("period", "2019").queryParam("by", "month").get(path).then(), 401,
                    "unauthenticated");
        }
    }

    @Test
    void periodsLongerThanAYearAreRefusedWithTheLimitNamed() {
        for (String path : List.of(FUNNEL, TRAINING)) {
            for (String span : List.of("2018-2019", "2018/2019", "2018-11..2019-02")) {
                problem(as(COORDINATOR).queryParam("period", span).queryParam("by", "month").get(path).then(), 400,
                        "validation-failed").body("errors[0].field", equalTo("period"))
                        .body("errors[0].message", containsString("at most one calendar year"));
            }
        }
    }

    @Test
    void badParametersAreRefusedTogetherNamingEachField() {
        problem(as(COORDINATOR).get(FUNNEL).then(), 400, "validation-failed")
                .body("errors.field", hasItem("period")).body("errors.field", hasItem("by"));
        problem(as(COORDINATOR).queryParam("period", "2019-W05").queryParam("by", "month").get(FUNNEL).then(), 400,
                "validation-failed").body("errors[0].message", containsString("weeks are not offered"));
        problem(as(COORDINATOR).queryParam("period", "1999").queryParam("by", "month").get(FUNNEL).then(), 400,
                "validation-failed").body("errors[0].field", equalTo("period"));
        problem(as(COORDINATOR).queryParam("period", "2019-Q1").queryParam("by", "kern").get(FUNNEL).then(), 400,
                "validation-failed").body("errors[0].field", equalTo("by"))
                .body("errors[0].message", containsString("whole year only"));
        problem(as(COORDINATOR).queryParam("period", "2019").queryParam("by", "training").get(FUNNEL).then(), 400,
                "validation-failed").body("errors[0].message", equalTo("must be kern, source or month"));
        for (String unknown : List.of("SOURCE", "vacancy", "kern,source", " ")) {
            problem(as(COORDINATOR).queryParam("period", "2019").queryParam("by", unknown).get(FUNNEL).then(), 400,
                    "validation-failed").body("errors[0].field", equalTo("by"))
                    .body("errors[0].message", containsString("kern, source or month"));
        }
        problem(as(COORDINATOR).queryParam("period", "2019-11").queryParam("by", "source").get(FUNNEL).then(), 400,
                "validation-failed").body("errors[0].field", equalTo("by"))
                .body("errors[0].message", containsString("kern and source are grouped for a whole year only"));
        problem(as(COORDINATOR).queryParam("period", "2019").queryParam("by", "theme").get(TRAINING).then(), 400,
                "validation-failed").body("errors[0].message", equalTo("must be kern, training or month"));
        problem(as(COORDINATOR).queryParam("from", "2019-01-01").queryParam("to", "2019-01-31")
                .queryParam("by", "month").get(TRAINING).then(), 400, "validation-failed")
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("to"))
                .body("errors.field", hasItem("period"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiDocumentNamesTheGroupingsEachReportTakes() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> funnelBy = parameter(document, FUNNEL, "by");
        assertThat(funnelBy).containsEntry("required", true);
        assertThat((Map<String, Object>) funnelBy.get("schema")).containsEntry("type", "string")
                .containsEntry("enum", List.of("kern", "source", "month"));
        assertThat((String) funnelBy.get("description")).contains("DIRECT").contains("whole year only");
        assertThat((Map<String, Object>) parameter(document, TRAINING, "by").get("schema")).containsEntry("enum",
                List.of("kern", "training", "month"));
        assertThat(document.getMap("paths.'" + FUNNEL + "'.get.responses.'200'.content.'application/json'.examples"))
                .containsKeys("a year by kern", "a year by source");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameter(JsonPath document, String path, String name) {
        List<Map<String, Object>> parameters = document.getList("paths.'" + path + "'.get.parameters");
        return parameters.stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " of " + path));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(JsonPath report, String group) {
        List<Map<String, Object>> groups = report.getList("groups");
        return groups.stream().filter(g -> group.equals(g.get("group"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + group + " in " + groups));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> reasons(Map<String, Object> row) {
        return (Map<String, String>) row.get("suppressed");
    }

    /** The report as a table in the test output. */
    static void print(String title, JsonPath report, List<String> columns) {
        List<Map<String, Object>> rows = new ArrayList<>(report.getList("groups"));
        rows.add(report.getMap("total"));
        StringBuilder table = new StringBuilder("\n" + title + "\n");
        table.append(String.format("%-22s", "group"));
        columns.forEach(c -> table.append(String.format("%20s", c)));
        table.append('\n');
        for (Map<String, Object> row : rows) {
            table.append(String.format("%-22s", row.get("group")));
            columns.forEach(c -> table.append(String.format("%20s", row.get(c))));
            table.append('\n');
        }
        System.out.println(table);
    }
}
