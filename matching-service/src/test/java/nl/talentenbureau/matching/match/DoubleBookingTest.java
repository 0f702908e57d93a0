package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import nl.talentenbureau.matching.projection.CurrentIndex;
import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * No double booking (issue 16): an open or live match (PROPOSED, ACCEPTED, ACTIVE) of any organisation holds its
 * volunteer's weekly slots or the day parts of its date; candidates and proposals leave a volunteer out who is busy
 * then, counted as BUSY, and {@code POST /api/matches} refuses them (409) under the same lock as capacity. In Meppel,
 * at times no other test's request asks for (each test here its own days); every request needs a training only these
 * volunteers hold, so volunteers of other tests within reach are left out before the BUSY filter.
 */
@QuarkusTest
class DoubleBookingTest {

    static final String ORG_A = "booking-org-a";
    static final String ORG_B = "booking-org-b";
    static final String PROBLEM = "application/problem+json";
    static final String TRAINING = "loneliness-signals";
    static final int PARALLEL = 20;
    /** A Wednesday at least two weeks ahead. */
    static final LocalDate WEDNESDAY = LocalDate.now().plusWeeks(2)
            .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));

    static final VolunteerEvent ANNA = volunteer("anna-booking-subject");
    static final VolunteerEvent BEA = volunteer("bea-booking-subject");
    static final VolunteerEvent CAT = volunteer("cat-booking-subject");
    static final VolunteerEvent CONTESTED = volunteer("contested-booking-subject").capacity(PARALLEL);
    static final VolunteerEvent DORA = volunteer("dora-booking-subject");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @Inject
    CurrentIndex index;

    @Inject
    EntityManager em;

    static VolunteerEvent volunteer(String subject) {
        return aVolunteer().inKern("meppel").travelling(3).capacity(3).withTraining(TRAINING, null).subject(subject);
    }

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : List.of(ANNA, BEA, CAT, CONTESTED, DORA)) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    RequestEvent request(RequestEvent request) {
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    static RequestEvent inMeppel(String organisation) {
        return anOpenRequest(organisation).inKern("meppel").needsTraining(TRAINING);
    }

    static Response propose(String organisation, RequestEvent request, VolunteerEvent volunteer) {
        return given().auth().oauth2(Tokens.coordinator(organisation)).contentType("application/json")
                .body(Map.of("requestId", request.id().toString(), "volunteerId", volunteer.id().toString()))
                .when().post("/api/matches");
    }

    static JsonPath candidates(String organisation, RequestEvent request) {
        return given().auth().oauth2(Tokens.coordinator(organisation)).queryParam("requestId", request.id().toString())
                .queryParam("limit", 100).when().get("/api/candidates").then().statusCode(200).extract().jsonPath();
    }

    static List<String> candidateIds(JsonPath answer) {
        return answer.getList("candidates.volunteerId");
    }

    static Integer busyCount(JsonPath answer) {
        return answer.get("excluded.find { it.reason == 'BUSY' }.count");
    }

    @Test
    void anOfferOfOneOrganisationMakesTheVolunteerBusyThenForAnother() {
        RequestEvent saturdays = request(inMeppel(ORG_A).weekly("SAT_MORNING"));
        RequestEvent alsoSaturdays = request(inMeppel(ORG_B).weekly("SAT_MORNING", "SAT_AFTERNOON"));
        RequestEvent evenings = request(inMeppel(ORG_B).weekly("SAT_EVENING"));
        String offer = propose(ORG_A, saturdays, ANNA).then().statusCode(201).extract().path("id");

        // the request she is offered still lists her (the time her offer holds is its own), not counted busy
        JsonPath own = candidates(ORG_A, saturdays);
        org.assertj.core.api.Assertions.assertThat(candidateIds(own)).contains(ANNA.id().toString());
        assertEquals(null, busyCount(own));

        // the other organisation's candidates leave her out, counted
        JsonPath answer = candidates(ORG_B, alsoSaturdays);
        org.assertj.core.api.Assertions.assertThat(candidateIds(answer)).doesNotContain(ANNA.id().toString())
                .contains(BEA.id().toString());
        assertEquals(1, busyCount(answer));
        org.assertj.core.api.Assertions.assertThat(answer.getString("summary")).contains("1 already busy then");

        // and its proposal is refused, saying why
        propose(ORG_B, alsoSaturdays, ANNA).then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("detail", containsString("already busy then"))
                .body("detail", containsString("SAT_MORNING every week"));

        // Saturday evenings are free: she is a candidate, her week a little fuller (1 of 21 slots)
        JsonPath free = candidates(ORG_B, evenings);
        org.assertj.core.api.Assertions.assertThat(candidateIds(free)).contains(ANNA.id().toString());
        String load = "candidates.find { it.volunteerId == '" + ANNA.id() + "' }.components.find { "
                + "it.component == 'LOAD' }";
        assertEquals("0 of 3 places taken, 1 of 21 weekly slots taken", free.getString(load + ".reason"));
        assertEquals(0.952381f, free.getFloat(load + ".value"), 1e-6f);
        propose(ORG_B, evenings, ANNA).then().statusCode(201);

        // a full rebuild (as at start-up) reads the same from the match table
        index.rebuild();
        assertEquals(1, busyCount(candidates(ORG_B, alsoSaturdays)));

        // the batch proposal leaves her out too, and says so for the request it cannot fill
        given().auth().oauth2(Tokens.coordinator(ORG_B)).contentType("application/json")
                .body(Map.of("requestIds", List.of(alsoSaturdays.id())))
                .when().post("/api/proposals").then().statusCode(200)
                .body("assignments.volunteerId", not(hasItem(ANNA.id().toString())))
                .body("assignments.requestId", hasItem(alsoSaturdays.id().toString()));

        // once she declines the first offer, the time is free again (the index changed in place)
        given().auth().oauth2(Tokens.volunteer("anna-booking-subject")).contentType("application/json")
                .body(Map.of("reason", "Not on Saturdays after all")).when()
                .post("/api/offers/" + offer + "/decline").then().statusCode(200);
        JsonPath after = candidates(ORG_B, alsoSaturdays);
        org.assertj.core.api.Assertions.assertThat(candidateIds(after)).contains(ANNA.id().toString());
        assertEquals(null, busyCount(after));
        propose(ORG_B, alsoSaturdays, ANNA).then().statusCode(201);
    }

    @Test
    void aOneOffMatchHoldsItsDateAndDayPartsOnly() {
        RequestEvent once = request(inMeppel(ORG_A).oneOff(WEDNESDAY, "MORNING"));
        propose(ORG_A, once, CAT).then().statusCode(201);

        RequestEvent sameMorning = request(inMeppel(ORG_B).oneOff(WEDNESDAY, "MORNING", "AFTERNOON"));
        propose(ORG_B, sameMorning, CAT).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("MORNING on " + WEDNESDAY));
        // a weekly request on Wednesday mornings would need her on that date too
        RequestEvent weekly = request(inMeppel(ORG_B).weekly("WED_MORNING"));
        org.assertj.core.api.Assertions.assertThat(candidateIds(candidates(ORG_B, weekly)))
                .doesNotContain(CAT.id().toString());
        propose(ORG_B, weekly, CAT).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("MORNING on " + WEDNESDAY));

        // the afternoon of that date, and the same morning a week later, are free
        RequestEvent afternoon = request(inMeppel(ORG_B).oneOff(WEDNESDAY, "AFTERNOON"));
        RequestEvent nextWeek = request(inMeppel(ORG_B).oneOff(WEDNESDAY.plusWeeks(1), "MORNING"));
        org.assertj.core.api.Assertions.assertThat(candidateIds(candidates(ORG_B, afternoon)))
                .contains(CAT.id().toString());
        propose(ORG_B, afternoon, CAT).then().statusCode(201);
        propose(ORG_B, nextWeek, CAT).then().statusCode(201);
        // one-off matches take places but no weekly slot
        JsonPath load = candidates(ORG_B, request(inMeppel(ORG_B).weekly("MON_EVENING")));
        assertEquals("0 of 3 places taken", load.getString("candidates.find { it.volunteerId == '" + CAT.id()
                + "' }.components.find { it.component == 'LOAD' }.reason"));
    }

    @Test
    void aRequestWhoseScheduleChangesMovesTheTimeItsOfferHolds() {
        RequestEvent moving = inMeppel(ORG_A).weekly("SUN_AFTERNOON");
        request(moving);
        propose(ORG_A, moving, BEA).then().statusCode(201);
        RequestEvent evenings = request(inMeppel(ORG_B).weekly("SUN_EVENING"));
        org.assertj.core.api.Assertions.assertThat(candidateIds(candidates(ORG_B, evenings)))
                .contains(BEA.id().toString());

        // request-service replaced the (still OPEN) request: Sunday evenings now
        Feeds.requestEvent("RequestChanged", moving.version(2).weekly("SUN_EVENING"));
        followers.catchUp(Feeds.REQUESTS);
        org.assertj.core.api.Assertions.assertThat(candidateIds(candidates(ORG_B, evenings)))
                .doesNotContain(BEA.id().toString());
        propose(ORG_B, evenings, BEA).then().statusCode(409).body("detail", containsString("SUN_EVENING"));
    }

    @Test
    void aScheduleThatMovesOntoAnotherOfferLeavesOnlyOneOfThemAcceptable() {
        RequestEvent evenings = request(inMeppel(ORG_A).weekly("TUE_EVENING"));
        RequestEvent afternoons = inMeppel(ORG_B).weekly("TUE_AFTERNOON");
        request(afternoons);
        String first = propose(ORG_A, evenings, DORA).then().statusCode(201).extract().path("id");
        String second = propose(ORG_B, afternoons, DORA).then().statusCode(201).extract().path("id");

        // the second request moves to Tuesday evenings: both offers now need her then
        Feeds.requestEvent("RequestChanged", afternoons.version(2).weekly("TUE_EVENING"));
        followers.catchUp(Feeds.REQUESTS);
        String dora = Tokens.volunteer("dora-booking-subject");
        given().auth().oauth2(dora).when().post("/api/offers/" + first + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(dora).when().post("/api/offers/" + second + "/accept").then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("already busy then"))
                .body("detail", containsString("TUE_EVENING every week"));
        // nothing changed by the refusal; she can still say no to it
        given().auth().oauth2(Tokens.coordinator(ORG_B)).when().get("/api/matches/" + second).then()
                .statusCode(200).body("status", equalTo("PROPOSED"));
        given().auth().oauth2(dora).contentType("application/json").body(Map.of("reason", "Al bezet"))
                .when().post("/api/offers/" + second + "/decline").then().statusCode(200);
    }

    @Test
    void parallelProposalsOfTwoOrganisationsForOneSlotLeaveOneLive() throws Exception {
        List<RequestEvent> requests = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String organisation = i % 2 == 0 ? ORG_A : ORG_B;
            // every one needs Sunday mornings, some more
            requests.add(request(inMeppel(organisation).weekly(i % 3 == 0
                    ? new String[]{"SUN_MORNING"}
                    : new String[]{"SUN_MORNING", i % 3 == 1 ? "THU_EVENING" : "FRI_EVENING"})));
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            RequestEvent request = requests.get(i);
            String organisation = i % 2 == 0 ? ORG_A : ORG_B;
            calls.add(() -> {
                start.await();
                return propose(organisation, request, CONTESTED);
            });
        }
        int created = 0;
        int busy = 0;
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (Callable<Response> call : calls) {
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    assertEquals(409, response.statusCode(), response.asString());
                    assertEquals(PROBLEM, response.contentType());
                    org.assertj.core.api.Assertions.assertThat(response.jsonPath().getString("detail"))
                            .contains("already busy then");
                    busy++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long live = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from match where volunteer_id = ?1 and status in ('PROPOSED', 'ACCEPTED', 'ACTIVE')""")
                .setParameter(1, CONTESTED.id()).getSingleResult()).longValue());
        System.out.printf("%d parallel proposals for one slot across 2 organisations: %d live (%d refused 409 "
                + "already busy then)%n", PARALLEL, live, busy);
        assertEquals(1, created);
        assertEquals(PARALLEL - 1, busy);
        assertEquals(1, live);
        // the index knows it too: the volunteer is no candidate for another Sunday morning
        org.assertj.core.api.Assertions.assertThat(candidateIds(candidates(ORG_B,
                request(inMeppel(ORG_B).weekly("SUN_MORNING"))))).doesNotContain(CONTESTED.id().toString());
    }
}
