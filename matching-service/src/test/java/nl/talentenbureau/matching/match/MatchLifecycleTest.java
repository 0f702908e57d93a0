package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * The match lifecycle after acceptance (ACCEPTED -> ACTIVE -> COMPLETED | ENDED), hours, feedback, the lists and
 * the matching feed, in Giethoorn (out of reach of the other tests' volunteers and requests).
 */
@QuarkusTest
class MatchLifecycleTest {

    static final String ORG = "lifecycle-test-org";
    static final String OTHER_ORG = "lifecycle-other-org";
    static final String PROBLEM = "application/problem+json";

    static final VolunteerEvent VERA = aVolunteer().inKern("giethoorn").travelling(3).capacity(20)
            .subject("vera-subject");
    static final VolunteerEvent WIM = aVolunteer().inKern("giethoorn").travelling(3).capacity(20)
            .subject("wim-subject");
    static final VolunteerEvent NO_SUBJECT = aVolunteer().inKern("giethoorn").travelling(3).capacity(20);

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : new VolunteerEvent[]{VERA, WIM, NO_SUBJECT}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    /** A new OPEN request of {@code ORG} in Giethoorn, projected. */
    RequestEvent aRequest() {
        RequestEvent request = anOpenRequest(ORG).inKern("giethoorn").requesterKey("rk-" + UUID.randomUUID())
                .atItsOwnTime();
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    static String coordinator() {
        return Tokens.coordinator(ORG);
    }

    static String proposed(RequestEvent request, VolunteerEvent volunteer) {
        return given().auth().oauth2(coordinator()).contentType("application/json")
                .body(Map.of("requestId", request.id().toString(), "volunteerId", volunteer.id().toString()))
                .when().post("/api/matches").then().statusCode(201).extract().path("id");
    }

    static String accepted(RequestEvent request, VolunteerEvent volunteer, String subject) {
        String id = proposed(request, volunteer);
        given().auth().oauth2(Tokens.volunteer(subject)).when().post("/api/offers/" + id + "/accept")
                .then().statusCode(200);
        return id;
    }

    static String active(RequestEvent request, VolunteerEvent volunteer, String subject) {
        String id = accepted(request, volunteer, subject);
        post(coordinator(), "/api/matches/" + id + "/activate", null).then().statusCode(200);
        return id;
    }

    static Response post(String token, String path, Object body) {
        var spec = given().auth().oauth2(token);
        if (body != null) {
            spec = spec.contentType("application/json").body(body);
        }
        return spec.when().post(path);
    }

    static Map<String, Object> hours(String day, String hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("workedOn", day);
        body.put("hours", hours == null ? null : Double.valueOf(hours));
        return body;
    }

    static String today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
    }

    @Test
    void aMatchGoesFromProposedToCompletedWithHoursAndFeedbackAndTheFeedShowsEveryStep() {
        long head = Feed.head();
        RequestEvent request = aRequest();
        String id = proposed(request, VERA);
        given().auth().oauth2(Tokens.volunteer("vera-subject")).header("If-Match", "\"0\"")
                .when().post("/api/offers/" + id + "/accept").then().statusCode(200).header("ETag", equalTo("\"1\""));

        given().auth().oauth2(coordinator()).header("If-Match", "\"1\"")
                .when().post("/api/matches/" + id + "/activate")
                .then().statusCode(200).contentType("application/json").header("ETag", equalTo("\"2\""))
                .body("status", equalTo("ACTIVE")).body("activatedAt", notNullValue())
                .body("closedAt", nullValue());

        // the volunteer logs on their own match; the coordinator logs too
        Response logged = post(Tokens.volunteer("vera-subject"), "/api/offers/" + id + "/hours",
                hours(today(), "2.5"));
        logged.then().statusCode(201).body("hours", equalTo(2.5f)).body("loggedBy", equalTo("VOLUNTEER"))
                .body("workedOn", equalTo(today()));
        String entry = logged.path("id");
        logged.then().header("Location", endsWith("/api/offers/" + id + "/hours/" + entry));
        given().auth().oauth2(Tokens.volunteer("vera-subject")).when().get("/api/offers/" + id + "/hours/" + entry)
                .then().statusCode(200).body("id", equalTo(entry));
        Response byCoordinator = post(coordinator(), "/api/matches/" + id + "/hours",
                hours(LocalDate.parse(today()).minusDays(1).toString(), "1.25"));
        byCoordinator.then().statusCode(201).body("loggedBy", equalTo("COORDINATOR"))
                .header("Location", endsWith("/api/matches/" + id + "/hours/" + byCoordinator.path("id")));
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id + "/hours/" + byCoordinator.path("id"))
                .then().statusCode(200).body("hours", equalTo(1.25f));
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id + "/hours")
                .then().statusCode(200).body("$", hasSize(2)).body("[0].hours", equalTo(1.25f))
                .body("[1].hours", equalTo(2.5f));
        given().auth().oauth2(Tokens.volunteer("vera-subject")).when().get("/api/offers/" + id + "/hours")
                .then().statusCode(200).body("$", hasSize(2));
        given().auth().oauth2(Tokens.volunteer("vera-subject")).when().get("/api/offers?status=ACTIVE")
                .then().statusCode(200).body("items.id", hasItem(id));

        post(Tokens.volunteer("vera-subject"), "/api/offers/" + id + "/feedback",
                Map.of("rating", 5, "comment", "A warm welcome every week"))
                .then().statusCode(201).header("Location", endsWith("/api/offers/" + id))
                .body("side", equalTo("VOLUNTEER")).body("rating", equalTo(5));
        // each hours entry changed the match (its total): version 4 now
        given().auth().oauth2(coordinator()).header("If-Match", "\"4\"").contentType("application/json")
                .body(Map.of("rating", 4, "comment", "Reliable")).when().post("/api/matches/" + id + "/complete")
                .then().statusCode(200).header("ETag", equalTo("\"5\""))
                .body("status", equalTo("COMPLETED")).body("closedAt", notNullValue())
                .body("hoursLogged", equalTo(3.75f)).body("feedback", hasSize(2));

        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id)
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("hoursLogged", equalTo(3.75f))
                .body("feedback", hasSize(2))
                .body("feedback.find { it.side == 'VOLUNTEER' }.rating", equalTo(5))
                .body("feedback.find { it.side == 'VOLUNTEER' }.comment", equalTo("A warm welcome every week"))
                .body("feedback.find { it.side == 'COORDINATOR' }.rating", equalTo(4));
        // once per side
        post(Tokens.volunteer("vera-subject"), "/api/offers/" + id + "/feedback", Map.of("rating", 3))
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("already"));
        post(coordinator(), "/api/matches/" + id + "/feedback", Map.of("rating", 3))
                .then().statusCode(409).contentType(PROBLEM);
        // COMPLETED is final
        post(coordinator(), "/api/matches/" + id + "/end", Map.of("reason", "x")).then().statusCode(409)
                .body("type", containsString("illegal-transition"));
        post(coordinator(), "/api/matches/" + id + "/hours", hours(today(), "1")).then().statusCode(409)
                .contentType(PROBLEM);

        // the matching feed, in order, with the agreed payload and nothing else
        List<Map<String, Object>> events = Feed.eventsAfter(head).stream()
                .filter(e -> id.equals(e.get("aggregateId"))).toList();
        assertEquals(List.of("MatchProposed", "MatchAccepted", "MatchActivated", "MatchCompleted"),
                events.stream().map(e -> e.get("type")).toList());
        List<String> statuses = List.of("PROPOSED", "ACCEPTED", "ACTIVE", "COMPLETED");
        for (int i = 0; i < events.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = (Map<String, Object>) events.get(i).get("payload");
            assertEquals(java.util.Set.of("matchId", "version", "requestId", "volunteerId", "volunteerSubject",
                    "organisation", "status", "hoursLogged", "at", "answerDeadline", "automatic", "answerChannel",
                    "closedBecause"),
                    payload.keySet(), payload.toString());
            assertNotNull(payload.get("answerDeadline"), payload.toString());
            assertEquals(false, payload.get("automatic"), payload.toString());
            assertEquals(i == 0 ? null : "SELF", payload.get("answerChannel"), payload.toString());
            assertEquals(id, payload.get("matchId"));
            assertEquals(List.of(0, 1, 2, 5).get(i), ((Number) payload.get("version")).intValue());
            assertEquals(request.id().toString(), payload.get("requestId"));
            assertEquals(VERA.id().toString(), payload.get("volunteerId"));
            assertEquals("vera-subject", payload.get("volunteerSubject"));
            assertEquals(ORG, payload.get("organisation"));
            assertEquals(statuses.get(i), payload.get("status"));
            assertFalse(payload.toString().contains("Reliable"), payload.toString());
            assertFalse(payload.toString().contains("warm"), payload.toString());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> completed = (Map<String, Object>) events.get(3).get("payload");
        assertEquals(3.75, ((Number) completed.get("hoursLogged")).doubleValue(), 1e-9);
    }

    @Test
    void theMatchingFeedIsForServicesOnly() {
        for (String token : new String[]{coordinator(), Tokens.volunteer("vera-subject"), Tokens.partner(ORG),
                Tokens.admin()}) {
            given().auth().oauth2(token).when().get("/internal/events").then().statusCode(403)
                    .contentType(PROBLEM);
        }
        given().when().get("/internal/events").then().statusCode(401);
    }

    @Test
    void aVolunteerOrACoordinatorEndsAnActiveMatchAndTheReasonStaysOutOfTheFeed() {
        long head = Feed.head();
        String byVolunteer = active(aRequest(), WIM, "wim-subject");
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + byVolunteer + "/end",
                Map.of("reason", "Moved to another town"))
                .then().statusCode(200).body("status", equalTo("ENDED")).body("closedAt", notNullValue());
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + byVolunteer)
                .then().statusCode(200).body("endReason", equalTo("Moved to another town"));
        // feedback still allowed after ENDED
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + byVolunteer + "/feedback", Map.of("rating", 2))
                .then().statusCode(201);

        String byCoordinator = active(aRequest(), WIM, "wim-subject");
        given().auth().oauth2(coordinator()).header("If-Match", "\"5\"").contentType("application/json")
                .body(Map.of("reason", "No longer needed")).when().post("/api/matches/" + byCoordinator + "/end")
                .then().statusCode(412).contentType(PROBLEM);
        given().auth().oauth2(coordinator()).header("If-Match", "\"2\"").contentType("application/json")
                .body(Map.of("reason", "No longer needed")).when().post("/api/matches/" + byCoordinator + "/end")
                .then().statusCode(200).header("ETag", equalTo("\"3\"")).body("status", equalTo("ENDED"))
                .body("endReason", equalTo("No longer needed"));

        List<Map<String, Object>> ended = Feed.eventsAfter(head).stream()
                .filter(e -> "MatchEnded".equals(e.get("type"))).toList();
        assertEquals(2, ended.size());
        for (Map<String, Object> e : ended) {
            assertFalse(e.get("payload").toString().contains("town"), e.toString());
            assertFalse(e.get("payload").toString().contains("needed"), e.toString());
        }
    }

    @Test
    void illegalStepsAre409WithAProblemDocument() {
        RequestEvent request = aRequest();
        String id = proposed(request, WIM);
        post(coordinator(), "/api/matches/" + id + "/activate", null).then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("illegal-transition"));
        post(coordinator(), "/api/matches/" + id + "/complete", null).then().statusCode(409)
                .body("type", containsString("illegal-transition"));
        post(coordinator(), "/api/matches/" + id + "/end", Map.of("reason", "x")).then().statusCode(409)
                .body("type", containsString("illegal-transition"));
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + id + "/end", Map.of("reason", "x"))
                .then().statusCode(409);
        post(coordinator(), "/api/matches/" + id + "/hours", hours(today(), "1")).then().statusCode(409)
                .contentType(PROBLEM);
        post(coordinator(), "/api/matches/" + id + "/feedback", Map.of("rating", 4)).then().statusCode(409)
                .contentType(PROBLEM);

        given().auth().oauth2(Tokens.volunteer("wim-subject")).when().post("/api/offers/" + id + "/accept")
                .then().statusCode(200);
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + id + "/hours", hours(today(), "1"))
                .then().statusCode(409);
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + id + "/feedback", Map.of("rating", 4))
                .then().statusCode(409);
        given().auth().oauth2(coordinator()).header("If-Match", "\"0\"").when()
                .post("/api/matches/" + id + "/activate").then().statusCode(412).contentType(PROBLEM);
        given().auth().oauth2(coordinator()).header("If-Match", "not-an-etag").when()
                .post("/api/matches/" + id + "/activate").then().statusCode(400).contentType(PROBLEM);
        post(coordinator(), "/api/matches/" + id + "/activate", null).then().statusCode(200);
        post(coordinator(), "/api/matches/" + id + "/activate", null).then().statusCode(409)
                .body("type", containsString("illegal-transition"));
        // a stale If-Match on complete
        given().auth().oauth2(coordinator()).header("If-Match", "\"1\"").when()
                .post("/api/matches/" + id + "/complete").then().statusCode(412);
        // complete without a body: no coordinator feedback, it can be given later
        post(coordinator(), "/api/matches/" + id + "/complete", null).then().statusCode(200)
                .body("feedback", hasSize(0));
        post(coordinator(), "/api/matches/" + id + "/feedback", Map.of("rating", 4, "comment", "Fine"))
                .then().statusCode(201).body("side", equalTo("COORDINATOR"));
    }

    @Test
    void badInputIs400() {
        String id = active(aRequest(), WIM, "wim-subject");
        String path = "/api/matches/" + id + "/hours";
        for (Map<String, Object> bad : List.of(hours(today(), "0"), hours(today(), "-1"), hours(today(), "24.01"),
                hours(today(), "1.234"), hours(null, "2"), hours(today(), null),
                hours(LocalDate.parse(today()).plusDays(1).toString(), "2"), hours("yesterday", "2"))) {
            post(coordinator(), path, bad).then().statusCode(400).contentType(PROBLEM);
        }
        post(coordinator(), path, hours(today(), "24")).then().statusCode(201);
        Map<String, Object> withId = hours(today(), "1");
        withId.put("id", UUID.randomUUID().toString());
        post(coordinator(), path, withId).then().statusCode(400).contentType(PROBLEM);
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + id + "/hours", hours(today(), "25"))
                .then().statusCode(400);

        for (Object rating : new Object[]{0, 6, "four"}) {
            post(coordinator(), "/api/matches/" + id + "/feedback", Map.of("rating", rating)).then()
                    .statusCode(400).contentType(PROBLEM);
            post(coordinator(), "/api/matches/" + id + "/complete", Map.of("rating", rating)).then()
                    .statusCode(400).contentType(PROBLEM);
        }
        post(coordinator(), "/api/matches/" + id + "/feedback", Map.of("comment", "no rating")).then()
                .statusCode(400);
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + id + "/feedback",
                Map.of("rating", 3, "comment", "x".repeat(1001))).then().statusCode(400);
        post(coordinator(), "/api/matches/" + id + "/end", Map.of("reason", " ")).then().statusCode(400)
                .contentType(PROBLEM);
        post(coordinator(), "/api/matches/" + id + "/end", Map.of()).then().statusCode(400);
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + id + "/end", Map.of("reason", "x".repeat(501)))
                .then().statusCode(400);
        given().auth().oauth2(coordinator()).when().get("/api/matches?size=0").then().statusCode(400);
        given().auth().oauth2(coordinator()).when().get("/api/matches?requestId=nope").then().statusCode(400)
                .contentType(PROBLEM);
        given().auth().oauth2(coordinator()).when().get("/api/matches?status=NOPE").then().statusCode(400)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.volunteer("wim-subject")).when().get("/api/offers?status=NOPE").then()
                .statusCode(400);
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id + "/hours/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        // the match is still ACTIVE and holds only the good entry
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("hoursLogged", equalTo(24.0f));
    }

    @Test
    void onlyTheOrganisationsCoordinatorsAndTheMatchsVolunteerReachIt() {
        String id = active(aRequest(), VERA, "vera-subject");
        String other = Tokens.coordinator(OTHER_ORG);
        given().auth().oauth2(other).when().get("/api/matches/" + id).then().statusCode(404).contentType(PROBLEM);
        post(other, "/api/matches/" + id + "/activate", null).then().statusCode(404).contentType(PROBLEM);
        post(other, "/api/matches/" + id + "/hours", hours(today(), "1")).then().statusCode(404);
        given().auth().oauth2(other).when().get("/api/matches/" + id + "/hours").then().statusCode(404);
        post(other, "/api/matches/" + id + "/complete", null).then().statusCode(404);
        post(other, "/api/matches/" + id + "/end", Map.of("reason", "x")).then().statusCode(404);
        post(other, "/api/matches/" + id + "/feedback", Map.of("rating", 1)).then().statusCode(404);
        given().auth().oauth2(other).when().get("/api/matches?status=ACTIVE").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        // another volunteer does not see it; the volunteer reaches it only under /api/offers
        String wim = Tokens.volunteer("wim-subject");
        given().auth().oauth2(wim).when().get("/api/offers/" + id).then().statusCode(404).contentType(PROBLEM);
        post(wim, "/api/offers/" + id + "/hours", hours(today(), "1")).then().statusCode(404);
        given().auth().oauth2(wim).when().get("/api/offers/" + id + "/hours").then().statusCode(404);
        post(wim, "/api/offers/" + id + "/end", Map.of("reason", "x")).then().statusCode(404);
        post(wim, "/api/offers/" + id + "/feedback", Map.of("rating", 1)).then().statusCode(404);
        given().auth().oauth2(Tokens.volunteer("vera-subject")).when().get("/api/offers/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("volunteerId", nullValue());

        String vera = Tokens.volunteer("vera-subject");
        for (String token : new String[]{vera, Tokens.partner(ORG), Tokens.admin(), Tokens.service()}) {
            given().auth().oauth2(token).when().get("/api/matches").then().statusCode(403).contentType(PROBLEM);
            post(token, "/api/matches/" + id + "/activate", null).then().statusCode(403);
            post(token, "/api/matches/" + id + "/complete", null).then().statusCode(403);
            post(token, "/api/matches/" + id + "/end", Map.of("reason", "x")).then().statusCode(403);
            post(token, "/api/matches/" + id + "/hours", hours(today(), "1")).then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/matches/" + id + "/hours").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/matches/" + id + "/hours/" + UUID.randomUUID()).then()
                    .statusCode(403);
            post(token, "/api/matches/" + id + "/feedback", Map.of("rating", 1)).then().statusCode(403);
        }
        for (String token : new String[]{coordinator(), Tokens.partner(ORG), Tokens.admin(), Tokens.service()}) {
            given().auth().oauth2(token).when().get("/api/offers/" + id).then().statusCode(403);
            post(token, "/api/offers/" + id + "/end", Map.of("reason", "x")).then().statusCode(403);
            post(token, "/api/offers/" + id + "/hours", hours(today(), "1")).then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/offers/" + id + "/hours").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/offers/" + id + "/hours/" + UUID.randomUUID()).then()
                    .statusCode(403);
            post(token, "/api/offers/" + id + "/feedback", Map.of("rating", 1)).then().statusCode(403);
        }
        given().when().get("/api/matches").then().statusCode(401);
        given().when().post("/api/matches/" + id + "/activate").then().statusCode(401);
        given().contentType("application/json").body(Map.of("reason", "x")).when()
                .post("/api/matches/" + id + "/end").then().statusCode(401);
        given().when().get("/api/offers/" + id + "/hours").then().statusCode(401);
        given().contentType("application/json").body(Map.of("rating", 1)).when()
                .post("/api/offers/" + id + "/feedback").then().statusCode(401);
        // a coordinator without an organisation
        given().auth().oauth2(Tokens.withRoles("loose-coordinator", null, "coordinator")).when().get("/api/matches")
                .then().statusCode(403);
    }

    @Test
    void aCoordinatorListsTheOrganisationsMatchesByRequestAndStatus() {
        RequestEvent request = aRequest();
        String declined = proposed(request, WIM);
        post(Tokens.volunteer("wim-subject"), "/api/offers/" + declined + "/decline", Map.of()).then()
                .statusCode(200);
        String open = proposed(request, VERA);
        String noSubject = proposed(request, NO_SUBJECT);

        given().auth().oauth2(coordinator()).queryParam("requestId", request.id().toString()).when()
                .get("/api/matches").then().statusCode(200).body("total", equalTo(3))
                .body("items.id", hasItem(declined)).body("items.id", hasItem(open))
                .body("items.id", hasItem(noSubject)).body("items[0].id", equalTo(noSubject));
        given().auth().oauth2(coordinator()).queryParam("requestId", request.id().toString())
                .queryParam("status", "DECLINED").when().get("/api/matches").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(declined))
                .body("items[0].status", equalTo("DECLINED"));
        given().auth().oauth2(coordinator()).queryParam("requestId", request.id().toString())
                .queryParam("size", 2).queryParam("page", 1).when().get("/api/matches").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(1)).body("page", equalTo(1));
        given().auth().oauth2(Tokens.coordinator(OTHER_ORG)).queryParam("requestId", request.id().toString())
                .when().get("/api/matches").then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(Tokens.volunteer("wim-subject")).queryParam("status", "DECLINED").when()
                .get("/api/offers").then().statusCode(200).body("items.id", hasItem(declined))
                .body("items.id", not(hasItem(open)));
        // a volunteer without a subject in the feed still has a null volunteerSubject in the events
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) Feed.eventsAfter(0).stream()
                .filter(e -> noSubject.equals(e.get("aggregateId"))).findFirst().orElseThrow().get("payload");
        assertNull(payload.get("volunteerSubject"));
        assertEquals(true, payload.containsKey("volunteerSubject"));
    }

    @Test
    void parallelProposalsWithOneIdempotencyKeyMakeOneMatch() throws Exception {
        RequestEvent request = aRequest();
        String key = "propose-" + UUID.randomUUID();
        Map<String, String> body = Map.of("requestId", request.id().toString(), "volunteerId", VERA.id().toString());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Callable<Response>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> given().auth().oauth2(coordinator()).header("Idempotency-Key", key)
                        .contentType("application/json").body(body).when().post("/api/matches"));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Response> answer : pool.invokeAll(calls)) {
                assertEquals(201, answer.get().statusCode(), answer.get().asString());
                ids.add(answer.get().path("id"));
            }
            assertEquals(1, ids.size());
            String id = ids.iterator().next();
            given().auth().oauth2(coordinator()).header("Idempotency-Key", key).contentType("application/json")
                    .body(body).when().post("/api/matches").then().statusCode(201).body("id", equalTo(id))
                    .header("Location", endsWith("/api/matches/" + id)).header("ETag", equalTo("\"0\""));
            given().auth().oauth2(coordinator()).header("Idempotency-Key", key).contentType("application/json")
                    .body(Map.of("requestId", request.id().toString(), "volunteerId", WIM.id().toString()))
                    .when().post("/api/matches").then().statusCode(422).contentType(PROBLEM);
            given().auth().oauth2(coordinator()).queryParam("requestId", request.id().toString()).when()
                    .get("/api/matches").then().statusCode(200).body("total", equalTo(1));
            // without a key the same body is a new call: the pair is live already
            given().auth().oauth2(coordinator()).contentType("application/json").body(body).when()
                    .post("/api/matches").then().statusCode(409);
            given().auth().oauth2(coordinator()).header("Idempotency-Key", "has space").contentType(
                    "application/json").body(body).when().post("/api/matches").then().statusCode(400);
        } finally {
            pool.shutdownNow();
        }
    }
}
