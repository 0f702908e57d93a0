package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * A coordinator answers an offer for a volunteer who phoned, came by or sent a form: the same rules as the
 * volunteer's own answer, and the match records who answered, how and when. In Blokzijl, out of reach of the other
 * tests' volunteers and requests (the volunteers here travel 2 km).
 */
@QuarkusTest
class OnBehalfTest {

    static final String ORG = "behalf-test-org";
    static final String COORDINATOR_SUBJECT = "coordinator-on-the-phone";
    static final String PROBLEM = "application/problem+json";

    static final VolunteerEvent ANS = aVolunteer().inKern("blokzijl").travelling(2).capacity(20)
            .subject("ans-subject");
    static final VolunteerEvent KEES = aVolunteer().inKern("blokzijl").travelling(2).capacity(1)
            .subject("kees-subject");
    static final VolunteerEvent RACE = aVolunteer().inKern("blokzijl").travelling(2).capacity(50)
            .subject("race-subject");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : new VolunteerEvent[]{ANS, KEES, RACE}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    RequestEvent aRequest(boolean autoOfferNext) {
        RequestEvent request = anOpenRequest(ORG).inKern("blokzijl").atItsOwnTime();
        if (autoOfferNext) {
            request.autoOfferNext();
        }
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    static String coordinator() {
        return Tokens.withRoles(COORDINATOR_SUBJECT, ORG, "coordinator");
    }

    static String proposed(RequestEvent request, VolunteerEvent volunteer) {
        return given().auth().oauth2(coordinator()).contentType("application/json")
                .body(Map.of("requestId", request.id().toString(), "volunteerId", volunteer.id().toString()))
                .when().post("/api/matches").then().statusCode(201).extract().path("id");
    }

    static Response answer(String token, String id, String step, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/matches/" + id + "/" + step);
    }

    static Map<String, Object> channel(String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        return body;
    }

    @Test
    void aCoordinatorAcceptsByPhoneAndBothSidesSeeWhoAnsweredHowAndWhen() {
        RequestEvent request = aRequest(false);
        String id = proposed(request, ANS);
        long head = Feed.head();

        given().auth().oauth2(coordinator()).header("If-Match", "\"0\"").contentType("application/json")
                .body(channel("PHONE")).when().post("/api/matches/" + id + "/accept")
                .then().statusCode(200).contentType("application/json").header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACCEPTED")).body("decidedAt", notNullValue())
                .body("answeredBy", equalTo(COORDINATOR_SUBJECT)).body("answerChannel", equalTo("PHONE"));
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id)
                .then().statusCode(200).body("answeredBy", equalTo(COORDINATOR_SUBJECT))
                .body("answerChannel", equalTo("PHONE")).body("decidedAt", notNullValue());
        // the volunteer sees that it was answered for them, by phone, and when; not by whom
        given().auth().oauth2(Tokens.volunteer("ans-subject")).when().get("/api/offers/" + id)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("answerChannel", equalTo("PHONE"))
                .body("decidedAt", notNullValue()).body("answeredBy", nullValue());
        given().auth().oauth2(Tokens.volunteer("ans-subject")).when().get("/api/offers?status=ACCEPTED")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.answerChannel", equalTo("PHONE"));

        // the same event as the volunteer's own accept, without the coordinator
        List<Map<String, Object>> events = Feed.eventsAfter(head).stream()
                .filter(e -> id.equals(e.get("aggregateId"))).toList();
        assertEquals(List.of("MatchAccepted"), events.stream().map(e -> e.get("type")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) events.getFirst().get("payload");
        assertEquals(Set.of("matchId", "version", "requestId", "volunteerId", "volunteerSubject", "organisation",
                "status", "hoursLogged", "at", "answerDeadline", "automatic", "answerChannel",
                "closedBecause"), payload.keySet());
        assertEquals("ACCEPTED", payload.get("status"));
        assertEquals("PHONE", payload.get("answerChannel"));
        assertEquals(false, payload.get("automatic"));
        assertFalse(events.toString().contains(COORDINATOR_SUBJECT), events.toString());
    }

    @Test
    void theVolunteersOwnAnswerIsRecordedAsSelf() {
        String id = proposed(aRequest(false), ANS);
        given().auth().oauth2(Tokens.volunteer("ans-subject")).when().post("/api/offers/" + id + "/accept")
                .then().statusCode(200).body("answerChannel", equalTo("SELF"));
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id)
                .then().statusCode(200).body("answeredBy", equalTo("volunteer"))
                .body("answerChannel", equalTo("SELF"));
    }

    @Test
    void aCoordinatorDeclinesInPersonWithTheReasonAndTheNextCandidateIsOffered() {
        RequestEvent request = aRequest(true);
        String id = proposed(request, ANS);
        long head = Feed.head();

        Map<String, Object> body = channel("IN_PERSON");
        body.put("reason", "Goes to her daughter on Tuesdays");
        answer(coordinator(), id, "decline", body)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("Goes to her daughter on Tuesdays"))
                .body("answeredBy", equalTo(COORDINATOR_SUBJECT)).body("answerChannel", equalTo("IN_PERSON"));
        given().auth().oauth2(Tokens.volunteer("ans-subject")).when().get("/api/offers/" + id)
                .then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("answerChannel", equalTo("IN_PERSON"));

        List<Map<String, Object>> events = Feed.eventsAfter(head);
        List<Object> own = events.stream().filter(e -> id.equals(e.get("aggregateId"))).map(e -> e.get("type"))
                .toList();
        assertEquals(List.of("MatchDeclined"), own);
        assertFalse(events.toString().contains("daughter"), events.toString());
        assertFalse(events.toString().contains(COORDINATOR_SUBJECT), events.toString());

        // the request asks for it: the next best candidate gets an offer, in the same transaction
        JsonPath matches = given().auth().oauth2(coordinator()).queryParam("requestId", request.id().toString())
                .when().get("/api/matches").then().statusCode(200).extract().jsonPath();
        Map<String, Object> next = matches.getMap("items.find { it.status == 'PROPOSED' }");
        assertNotNull(next, matches.prettify());
        assertEquals("auto-offer", next.get("createdBy"));
        assertNotEquals(ANS.id().toString(), next.get("volunteerId"));
        assertTrue(events.stream().anyMatch(e -> next.get("id").equals(e.get("aggregateId"))
                && "MatchProposed".equals(e.get("type"))), events.toString());
    }

    @Test
    void aCoordinatorOfAnotherOrganisationGets404AndOtherRolesAreRefused() {
        String id = proposed(aRequest(false), ANS);
        answer(Tokens.coordinator("another-behalf-org"), id, "accept", channel("PHONE"))
                .then().statusCode(404).contentType(PROBLEM);
        answer(Tokens.coordinator("another-behalf-org"), id, "decline", channel("PHONE"))
                .then().statusCode(404).contentType(PROBLEM);
        answer(Tokens.volunteer("ans-subject"), id, "accept", channel("PHONE")).then().statusCode(403);
        answer(Tokens.partner(ORG), id, "decline", channel("PHONE")).then().statusCode(403);
        answer(Tokens.admin(), id, "accept", channel("PHONE")).then().statusCode(403);
        // still open
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id)
                .then().statusCode(200).body("status", equalTo("PROPOSED")).body("answerChannel", nullValue());
    }

    @Test
    void anOfferThatIsNotProposedAnswers409IllegalTransition() {
        String id = proposed(aRequest(false), ANS);
        answer(coordinator(), id, "accept", channel("PAPER")).then().statusCode(200);
        answer(coordinator(), id, "accept", channel("PAPER")).then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("illegal-transition"));
        answer(coordinator(), id, "decline", channel("PHONE")).then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("illegal-transition"));
        // a stale If-Match
        String other = proposed(aRequest(false), ANS);
        given().auth().oauth2(coordinator()).header("If-Match", "\"3\"").contentType("application/json")
                .body(channel("PHONE")).when().post("/api/matches/" + other + "/accept")
                .then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void aMissingOrUnknownChannelIs400NamingTheField() {
        String id = proposed(aRequest(false), ANS);
        for (Map<String, Object> body : List.of(channel("EMAIL"), channel("SELF"), channel(null),
                Map.<String, Object>of())) {
            for (String step : List.of("accept", "decline")) {
                answer(coordinator(), id, step, body).then().statusCode(400).contentType(PROBLEM)
                        .body("errors.field", hasItem("channel"));
            }
        }
        given().auth().oauth2(coordinator()).contentType("application/json").when()
                .post("/api/matches/" + id + "/accept").then().statusCode(400).contentType(PROBLEM);
        Map<String, Object> tooLong = channel("PHONE");
        tooLong.put("reason", "x".repeat(501));
        answer(coordinator(), id, "decline", tooLong).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(coordinator()).when().get("/api/matches/" + id)
                .then().statusCode(200).body("status", equalTo("PROPOSED"));
    }

    @Test
    void aVolunteerAtFullCapacityCannotBeAcceptedForEither() {
        String first = proposed(aRequest(false), KEES);
        String second = proposed(aRequest(false), KEES);
        answer(coordinator(), first, "accept", channel("PHONE")).then().statusCode(200);
        answer(coordinator(), second, "accept", channel("PHONE")).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("capacity"));
        given().auth().oauth2(Tokens.volunteer("kees-subject")).when().get("/api/offers/" + second)
                .then().statusCode(200).body("status", equalTo("PROPOSED"));
        // declining for him is still possible
        answer(coordinator(), second, "decline", channel("PHONE")).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
    }

    @Test
    void theVolunteerAcceptingWhileTheCoordinatorDeclinesMakesExactlyOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String id = proposed(aRequest(false), RACE);
                long head = Feed.head();
                // with If-Match the one who comes second gets 412, without it 409 (no longer PROPOSED)
                String ifMatch = round % 2 == 0 ? "\"0\"" : "*";
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Integer> volunteer = () -> {
                    start.await();
                    return given().auth().oauth2(Tokens.volunteer("race-subject")).header("If-Match", ifMatch)
                            .when().post("/api/offers/" + id + "/accept").statusCode();
                };
                Callable<Integer> coordinator = () -> {
                    start.await();
                    return given().auth().oauth2(coordinator()).header("If-Match", ifMatch)
                            .contentType("application/json").body(channel("PHONE"))
                            .when().post("/api/matches/" + id + "/decline").statusCode();
                };
                Future<Integer> accepted = pool.submit(volunteer);
                Future<Integer> declined = pool.submit(coordinator);
                int byVolunteer = accepted.get();
                int byCoordinator = declined.get();
                Log.infof("race %d: volunteer accept %d, coordinator decline %d", round, byVolunteer, byCoordinator);
                assertTrue(byVolunteer == 200 ^ byCoordinator == 200, byVolunteer + " / " + byCoordinator);
                int loser = byVolunteer == 200 ? byCoordinator : byVolunteer;
                assertTrue(loser == 409 || loser == 412, "the other answers 409 or 412, not " + loser);

                String status = given().auth().oauth2(coordinator()).when().get("/api/matches/" + id)
                        .then().statusCode(200).extract().path("status");
                assertEquals(byVolunteer == 200 ? "ACCEPTED" : "DECLINED", status);
                List<Object> types = Feed.eventsAfter(head, "match").stream()
                        .filter(e -> id.equals(e.get("aggregateId"))).map(e -> e.get("type")).toList();
                assertEquals(List.of(byVolunteer == 200 ? "MatchAccepted" : "MatchDeclined"),
                        types);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
