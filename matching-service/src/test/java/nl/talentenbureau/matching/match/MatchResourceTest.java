package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * Matches and offers over data from the stub feeds, in Genemuiden and Zwartsluis (Overijssel), out of reach of the
 * other tests' requests. Volunteers carry an account subject in their feed events (see README: volunteer-service
 * does not send it yet).
 */
@QuarkusTest
class MatchResourceTest {

    static final String ORG = "matches-test-org";
    static final String PROBLEM = "application/problem+json";

    static final VolunteerEvent ANNA = aVolunteer().inKern("genemuiden").capacity(3).subject("anna-subject");
    static final VolunteerEvent BOB = aVolunteer().inKern("genemuiden").capacity(1).subject("bob-subject");
    static final VolunteerEvent NO_VOG = aVolunteer().inKern("genemuiden").withoutVog().subject("novog-subject");
    static final VolunteerEvent FAR = aVolunteer().inKern("dronten").travelling(5);
    static final VolunteerEvent NO_CONSENT = aVolunteer().inKern("genemuiden").withoutConsent();
    static final VolunteerEvent FULL = aVolunteer().inKern("genemuiden").capacity(0);
    static final VolunteerEvent BUSY = aVolunteer().inKern("genemuiden").capacity(2).subject("busy-subject");

    static final RequestEvent SHOPPING = anOpenRequest(ORG).inKern("genemuiden");
    // other mornings than SHOPPING's and WALK's Tuesday: Anna and Bob are proposed for both (no double booking)
    static final RequestEvent GARDEN = anOpenRequest(ORG).inKern("genemuiden").weekly("WED_MORNING");
    static final RequestEvent COFFEE = anOpenRequest(ORG).inKern("zwartsluis").weekly("THU_MORNING");
    static final RequestEvent WALK = anOpenRequest(ORG).inKern("genemuiden");
    static final RequestEvent VOG_NEEDED = anOpenRequest(ORG).inKern("genemuiden").needsVog();
    static final RequestEvent CANCELLED = anOpenRequest(ORG).inKern("genemuiden").status("CANCELLED");
    static final RequestEvent OTHER_ORG = anOpenRequest("another-matches-org").inKern("genemuiden");
    static final List<RequestEvent> MANY = new ArrayList<>();

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @Inject
    EntityManager em;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : new VolunteerEvent[]{ANNA, BOB, NO_VOG, FAR, NO_CONSENT, FULL, BUSY}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        for (int i = 0; i < 50; i++) {
            // each on a day of its own: the same volunteer is proposed for all of them (no double booking)
            MANY.add(anOpenRequest(ORG).inKern("zwartsluis").oneOff(LocalDate.now().plusDays(7 + i), "MORNING"));
        }
        List<RequestEvent> requests = new ArrayList<>(List.of(SHOPPING, GARDEN, COFFEE, WALK, VOG_NEEDED, CANCELLED,
                OTHER_ORG));
        requests.addAll(MANY);
        for (RequestEvent request : requests) {
            Feeds.requestEvent("RequestOpened", request);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        followers.catchUp(Feeds.REQUESTS);
        fed = true;
    }

    static Response propose(String token, Object requestId, Object volunteerId) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("requestId", String.valueOf(requestId), "volunteerId", String.valueOf(volunteerId)))
                .when().post("/api/matches");
    }

    static String proposed(RequestEvent request, VolunteerEvent volunteer) {
        return propose(Tokens.coordinator(ORG), request.id(), volunteer.id()).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aCoordinatorProposesAVolunteerWithADeadlineLocationAndETag() {
        Response answer = propose(Tokens.coordinator(ORG), SHOPPING.id(), ANNA.id());
        answer.then().statusCode(201)
                .contentType("application/json")
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PROPOSED"))
                .body("requestId", equalTo(SHOPPING.id().toString()))
                .body("volunteerId", equalTo(ANNA.id().toString()))
                .body("organisation", equalTo(ORG));
        String id = answer.path("id");
        answer.then().header("Location", endsWith("/api/matches/" + id));
        OffsetDateTime proposedAt = OffsetDateTime.parse(answer.path("proposedAt"));
        OffsetDateTime deadline = OffsetDateTime.parse(answer.path("answerDeadline"));
        assertEquals(Duration.ofHours(72), Duration.between(proposedAt, deadline));

        given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("status", equalTo("PROPOSED"));
        given().auth().oauth2(Tokens.coordinator("another-matches-org")).when().get("/api/matches/" + id)
                .then().statusCode(404).contentType(PROBLEM);

        // the volunteer's account subject is part of the event contract (request-service tells the volunteer their
        // requests by it); the proposing coordinator is not
        String payload = outboxPayload(id, "MatchProposed");
        assertTrue(payload.contains("\"volunteerSubject\": \"anna-subject\""), payload);
        assertFalse(payload.contains("createdBy"), payload);
    }

    @Test
    void theSamePairTwiceIsAConflict() {
        proposed(GARDEN, ANNA);
        propose(Tokens.coordinator(ORG), GARDEN.id(), ANNA.id()).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("already has a live match"));
    }

    @Test
    void unknownEndedAndOtherOrganisationsRequests() {
        propose(Tokens.coordinator(ORG), UUID.randomUUID(), ANNA.id()).then().statusCode(404).contentType(PROBLEM);
        propose(Tokens.coordinator(ORG), OTHER_ORG.id(), ANNA.id()).then().statusCode(404).contentType(PROBLEM);
        propose(Tokens.coordinator(ORG), SHOPPING.id(), UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM);
        propose(Tokens.coordinator(ORG), CANCELLED.id(), ANNA.id()).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("ended"));
    }

    @Test
    void aFailingHardFilterIs422WithTheReason() {
        propose(Tokens.coordinator(ORG), VOG_NEEDED.id(), NO_VOG.id()).then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("NO_VALID_VOG"));
        propose(Tokens.coordinator(ORG), SHOPPING.id(), FAR.id()).then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("TOO_FAR"));
        propose(Tokens.coordinator(ORG), SHOPPING.id(), NO_CONSENT.id()).then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("consent"));
        propose(Tokens.coordinator(ORG), SHOPPING.id(), FULL.id()).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("capacity"));
    }

    @Test
    void malformedBodiesAre400() {
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("requestId", SHOPPING.id().toString()))
                .when().post("/api/matches").then().statusCode(400).contentType(PROBLEM);
        propose(Tokens.coordinator(ORG), "not-a-uuid", ANNA.id()).then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("requestId", SHOPPING.id().toString(), "volunteerId", ANNA.id().toString(),
                        "status", "ACCEPTED"))
                .when().post("/api/matches").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.volunteer("anna-subject")).contentType("application/json")
                .body(Map.of("reason", "x".repeat(501)))
                .when().post("/api/offers/" + UUID.randomUUID() + "/decline").then().statusCode(400)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.volunteer("anna-subject")).when().get("/api/offers?size=0")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rolesOnEveryEndpoint() {
        String someId = UUID.randomUUID().toString();
        for (String token : new String[]{Tokens.volunteer("anna-subject"), Tokens.partner(ORG), Tokens.admin(),
                Tokens.service()}) {
            propose(token, SHOPPING.id(), ANNA.id()).then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(token).when().get("/api/matches/" + someId).then().statusCode(403);
        }
        for (String token : new String[]{Tokens.coordinator(ORG), Tokens.partner(ORG), Tokens.admin(),
                Tokens.service()}) {
            given().auth().oauth2(token).when().get("/api/offers").then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(token).when().post("/api/offers/" + someId + "/accept").then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").body(Map.of())
                    .when().post("/api/offers/" + someId + "/decline").then().statusCode(403);
        }
        given().contentType("application/json").body(Map.of("requestId", SHOPPING.id().toString(),
                "volunteerId", ANNA.id().toString())).when().post("/api/matches").then().statusCode(401);
        given().when().get("/api/matches/" + someId).then().statusCode(401);
        given().when().get("/api/offers").then().statusCode(401);
        given().when().post("/api/offers/" + someId + "/accept").then().statusCode(401);
        given().contentType("application/json").body(Map.of()).when().post("/api/offers/" + someId + "/decline")
                .then().statusCode(401);
    }

    @Test
    void aVolunteerSeesAcceptsAndDeclinesOnlyTheirOwnOffers() {
        String walk = proposed(WALK, BOB);
        String coffee = proposed(COFFEE, BOB);

        given().auth().oauth2(Tokens.volunteer("bob-subject")).when().get("/api/offers")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", hasItem(walk))
                .body("items.id", hasItem(coffee))
                .body("items[0].volunteerId", equalTo(null));
        given().auth().oauth2(Tokens.volunteer("someone-else")).when().get("/api/offers")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.volunteer("anna-subject")).when().get("/api/offers")
                .then().statusCode(200).body("items.id", not(hasItem(walk)));

        // someone else's offer is unknown to you
        given().auth().oauth2(Tokens.volunteer("anna-subject")).when().post("/api/offers/" + walk + "/accept")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.volunteer("bob-subject")).when().post("/api/offers/" + UUID.randomUUID()
                + "/accept").then().statusCode(404).contentType(PROBLEM);
        // a stale If-Match
        given().auth().oauth2(Tokens.volunteer("bob-subject")).header("If-Match", "\"7\"")
                .when().post("/api/offers/" + walk + "/accept").then().statusCode(412).contentType(PROBLEM);

        given().auth().oauth2(Tokens.volunteer("bob-subject")).header("If-Match", "\"0\"")
                .when().post("/api/offers/" + walk + "/accept")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACCEPTED")).body("decidedAt", notNullValue());
        given().auth().oauth2(Tokens.volunteer("bob-subject")).when().post("/api/offers/" + walk + "/accept")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.volunteer("bob-subject")).contentType("application/json").body(Map.of())
                .when().post("/api/offers/" + walk + "/decline").then().statusCode(409).contentType(PROBLEM);
        outboxPayload(walk, "MatchAccepted");

        // Bob's one place is taken now: the second offer cannot be accepted, only declined
        given().auth().oauth2(Tokens.volunteer("bob-subject")).when().post("/api/offers/" + coffee + "/accept")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("capacity"));
        given().auth().oauth2(Tokens.volunteer("bob-subject")).contentType("application/json")
                .body(Map.of("reason", "Tuesday mornings are taken now"))
                .when().post("/api/offers/" + coffee + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED"));
        given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + coffee)
                .then().statusCode(200).body("declineReason", equalTo("Tuesday mornings are taken now"));
        String declined = outboxPayload(coffee, "MatchDeclined");
        assertFalse(declined.contains("Tuesday"), declined);

        given().auth().oauth2(Tokens.volunteer("bob-subject")).when().get("/api/offers")
                .then().statusCode(200).body("total", equalTo(0));
        // at capacity now: a new proposal is refused too
        propose(Tokens.coordinator(ORG), SHOPPING.id(), BOB.id()).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void capacityHoldsUnderParallelProposalsAndAcceptances() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Response>> proposals = new ArrayList<>();
            for (RequestEvent request : MANY) {
                proposals.add(() -> propose(Tokens.coordinator(ORG), request.id(), BUSY.id()));
            }
            List<String> offers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(proposals)) {
                assertEquals(201, answer.get().statusCode(), answer.get().asString());
                offers.add(answer.get().path("id"));
            }
            String token = Tokens.volunteer("busy-subject");
            List<Callable<Integer>> acceptances = new ArrayList<>();
            for (String offer : offers) {
                acceptances.add(() -> given().auth().oauth2(token).when().post("/api/offers/" + offer + "/accept")
                        .statusCode());
            }
            int accepted = 0;
            int refused = 0;
            for (Future<Integer> status : pool.invokeAll(acceptances)) {
                if (status.get() == 200) {
                    accepted++;
                } else if (status.get() == 409) {
                    refused++;
                }
            }
            long live = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from match where volunteer_id = ?1 and status in ('ACCEPTED', 'ACTIVE')")
                    .setParameter(1, BUSY.id()).getSingleResult()).longValue());
            Log.infof("capacity: 50 parallel proposals (%d proposed) then 50 parallel acceptances (%d accepted, %d "
                    + "refused 409) for a volunteer of capacity 2 -> %d live matches", offers.size(), accepted,
                    refused, live);
            assertEquals(2, accepted);
            assertEquals(48, refused);
            assertEquals(2, live);
        } finally {
            pool.shutdownNow();
        }
    }

    private String outboxPayload(String matchId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(
                "select cast(payload as text) from outbox_event where aggregate_type = 'match' and aggregate_id = ?1"
                        + " and event_type = ?2")
                .setParameter(1, matchId).setParameter(2, type).getSingleResult()));
    }
}
