package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.Matches;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * A request cancelled or expired in the request feed withdraws its open offers and ends its live matches, with their
 * events, and frees the volunteers' places in the index; the same feed event again changes nothing. In Diever and
 * Dwingeloo, out of reach of the other tests; every volunteer has one place, so a live match makes them AT_CAPACITY.
 */
@QuarkusTest
class RequestEndedTest {

    static final String ORG = "request-ended-org";

    static final VolunteerEvent OFFERED = aVolunteer().inKern("diever").travelling(2).capacity(1)
            .subject("ended-offered");
    static final VolunteerEvent ACCEPTING = aVolunteer().inKern("diever").travelling(2).capacity(1)
            .subject("ended-accepting");
    static final VolunteerEvent HELPING = aVolunteer().inKern("diever").travelling(2).capacity(1)
            .subject("ended-helping");
    static final VolunteerEvent EXPIRY_OFFERED = aVolunteer().inKern("dwingeloo").travelling(2).capacity(1)
            .subject("ended-expiry-offered");
    static final VolunteerEvent EXPIRY_ACCEPTING = aVolunteer().inKern("dwingeloo").travelling(2).capacity(1)
            .subject("ended-expiry-accepting");
    static final VolunteerEvent COMPLETING = aVolunteer().inKern("dwingeloo").travelling(2).capacity(1)
            .subject("ended-completing");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : new VolunteerEvent[]{OFFERED, ACCEPTING, HELPING, EXPIRY_OFFERED, EXPIRY_ACCEPTING,
                COMPLETING}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    /** Each at a time of its own: an open offer holds its volunteer's time (no double booking), it takes no place. */
    RequestEvent request(String kern) {
        RequestEvent request = anOpenRequest(ORG).inKern(kern).volunteersNeeded(3).atItsOwnTime();
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    void feed(String type, RequestEvent request) {
        Feeds.requestEvent(type, request);
        followers.catchUp(Feeds.REQUESTS);
    }

    static JsonPath candidates(RequestEvent request) {
        return given().auth().oauth2(Tokens.coordinator(ORG)).queryParam("requestId", request.id().toString())
                .queryParam("limit", 100).when().get("/api/candidates").then().statusCode(200).extract().jsonPath();
    }

    static List<String> candidateIds(RequestEvent request) {
        return candidates(request).getList("candidates.volunteerId");
    }

    /** The types of the feed's events after {@code head} for one match, in feed order. */
    static List<Object> eventTypes(long head, String matchId) {
        return Feed.eventsAfter(head).stream().filter(e -> matchId.equals(e.get("aggregateId")))
                .map(e -> e.get("type")).toList();
    }

    static Object payloadStatus(long head, String matchId) {
        return Feed.eventsAfter(head).stream().filter(e -> matchId.equals(e.get("aggregateId")))
                .map(e -> ((Map<?, ?>) e.get("payload")).get("status")).toList().getLast();
    }

    @Test
    void aCancelledRequestWithdrawsItsOfferEndsItsMatchesAndFreesThePlacesOnce() {
        RequestEvent request = request("diever");
        String offer = Matches.proposed(ORG, request, OFFERED);
        String accepted = Matches.accepted(ORG, request, ACCEPTING, "ended-accepting");
        String active = Matches.active(ORG, request, HELPING, "ended-helping");
        RequestEvent other = request("diever");
        assertEquals(List.of(OFFERED.id().toString()), candidateIds(other).stream()
                .filter(id -> List.of(OFFERED.id().toString(), ACCEPTING.id().toString(), HELPING.id().toString())
                        .contains(id))
                .toList(), "before: the two with a live match are at capacity");
        long head = Feed.head();

        feed("RequestCancelled", request.version(2).status("CANCELLED"));

        given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + offer).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("closedAt", nullValue()).body("endReason", nullValue());
        for (String ended : List.of(accepted, active)) {
            given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + ended).then()
                    .statusCode(200).body("status", equalTo("ENDED")).body("closedAt", notNullValue())
                    .body("endReason", equalTo("the request was cancelled"));
        }
        assertEquals(List.of("MatchWithdrawn"), eventTypes(head, offer));
        assertEquals("WITHDRAWN", payloadStatus(head, offer));
        assertEquals(List.of("MatchEnded"), eventTypes(head, accepted));
        assertEquals(List.of("MatchEnded"), eventTypes(head, active));
        assertEquals("ENDED", payloadStatus(head, active));

        // the offer leaves the volunteer's open offers; accepting it now is an illegal step
        given().auth().oauth2(Tokens.volunteer("ended-offered")).when().get("/api/offers").then().statusCode(200)
                .body("items.id", not(hasItem(offer)));
        given().auth().oauth2(Tokens.volunteer("ended-offered")).when().post("/api/offers/" + offer + "/accept")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.volunteer("ended-offered")).queryParam("status", "WITHDRAWN").when()
                .get("/api/offers").then().statusCode(200).body("items.id", hasItem(offer));

        // the places are free again in the index: both are candidates, with no load
        JsonPath answer = candidates(other);
        for (VolunteerEvent freed : List.of(ACCEPTING, HELPING)) {
            assertEquals(1.0f, answer.getFloat("candidates.find { it.volunteerId == '" + freed.id()
                    + "' }.components.find { it.component == 'LOAD' }.value"), freed.id().toString());
        }

        // the same event again (a page read twice, a duplicate delivery): nothing changes
        long afterCancel = Feed.head();
        long version = Matches.view(ORG, active).getLong("version");
        feed("RequestCancelled", request);
        assertEquals(afterCancel, Feed.head());
        assertEquals(version, Matches.view(ORG, active).getLong("version"));
        assertEquals("WITHDRAWN", Matches.view(ORG, offer).getString("status"));
    }

    @Test
    void anExpiredRequestEndsLikeACancelledOneAndACompletedOneLeavesItsMatches() {
        RequestEvent expiring = request("dwingeloo");
        String offer = Matches.proposed(ORG, expiring, EXPIRY_OFFERED);
        String accepted = Matches.accepted(ORG, expiring, EXPIRY_ACCEPTING, "ended-expiry-accepting");
        RequestEvent completing = request("dwingeloo");
        String helping = Matches.active(ORG, completing, COMPLETING, "ended-completing");
        long head = Feed.head();

        feed("RequestExpired", expiring.version(2).status("EXPIRED"));
        feed("RequestCompleted", completing.version(2).status("COMPLETED"));

        assertEquals("WITHDRAWN", Matches.view(ORG, offer).getString("status"));
        assertEquals("ENDED", Matches.view(ORG, accepted).getString("status"));
        assertEquals("the request expired", Matches.view(ORG, accepted).getString("endReason"));
        assertEquals(List.of("MatchWithdrawn"), eventTypes(head, offer));
        assertEquals(List.of("MatchEnded"), eventTypes(head, accepted));
        // a completed request's match runs out on its own (the coordinator completes it)
        assertEquals("ACTIVE", Matches.view(ORG, helping).getString("status"));
        assertEquals(List.of(), eventTypes(head, helping));
    }
}
