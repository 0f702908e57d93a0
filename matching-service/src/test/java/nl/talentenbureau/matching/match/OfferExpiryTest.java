package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * Unanswered offers expire; a declined or expired offer of a request that asks for it (autoOfferNext) is followed by
 * an offer to the next best candidate never proposed before. In De Wijk and Koekange, out of reach of the other
 * tests: FIRST lives in the request's kern, SECOND 4 km away with 10 km travel, THIRD there with 5 km travel.
 */
@QuarkusTest
class OfferExpiryTest {

    static final String ORG = "expiry-test-org";

    static final VolunteerEvent FIRST = aVolunteer().inKern("de-wijk").travelling(10).capacity(5)
            .subject("first-subject");
    static final VolunteerEvent SECOND = aVolunteer().inKern("koekange").travelling(10).capacity(5)
            .subject("second-subject");
    static final VolunteerEvent THIRD = aVolunteer().inKern("koekange").travelling(5).capacity(5)
            .subject("third-subject");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @Inject
    OfferExpiry expiry;

    @Inject
    EntityManager em;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : new VolunteerEvent[]{FIRST, SECOND, THIRD}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    RequestEvent request(boolean autoOfferNext) {
        RequestEvent request = anOpenRequest(ORG).inKern("de-wijk").atItsOwnTime();
        if (autoOfferNext) {
            request.autoOfferNext();
        }
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    static JsonPath matchesOf(RequestEvent request) {
        return given().auth().oauth2(Tokens.coordinator(ORG)).queryParam("requestId", request.id().toString())
                .when().get("/api/matches").then().statusCode(200).extract().jsonPath();
    }

    static String openOfferOf(RequestEvent request, VolunteerEvent volunteer) {
        return matchesOf(request).getString("items.find { it.volunteerId == '" + volunteer.id()
                + "' && it.status == 'PROPOSED' }.id");
    }

    static void decline(String subject, String id) {
        given().auth().oauth2(Tokens.volunteer(subject)).contentType("application/json").body(Map.of())
                .when().post("/api/offers/" + id + "/decline").then().statusCode(200);
    }

    void pastDeadline(String id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update match set answer_deadline = now() - interval '1 minute' where id = ?1")
                .setParameter(1, java.util.UUID.fromString(id)).executeUpdate());
    }

    @Test
    void aDeclineOffersTheNextBestCandidateUntilNobodyIsLeft() {
        RequestEvent request = request(true);
        long head = Feed.head();
        decline("first-subject", Matches.proposed(ORG, request, FIRST));

        String second = openOfferOf(request, SECOND);
        given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + second).then().statusCode(200)
                .body("createdBy", equalTo("auto-offer")).body("status", equalTo("PROPOSED"));
        given().auth().oauth2(Tokens.volunteer("second-subject")).when().get("/api/offers").then().statusCode(200)
                .body("items.find { it.id == '" + second + "' }.requestId", equalTo(request.id().toString()));
        List<Object> types = Feed.eventsAfter(head).stream().filter(e -> second.equals(e.get("aggregateId")))
                .map(e -> e.get("type")).toList();
        assertEquals(List.of("MatchProposed"), types);

        decline("second-subject", second);
        String third = openOfferOf(request, THIRD);
        decline("third-subject", third);
        // everyone within reach has been proposed once: nothing more happens
        assertEquals(3, matchesOf(request).getInt("total"));
        assertEquals(3, matchesOf(request).getList("items.findAll { it.status == 'DECLINED' }").size());
    }

    @Test
    void anUnansweredOfferExpiresAndTheNextCandidateIsOffered() {
        RequestEvent request = request(true);
        String first = Matches.proposed(ORG, request, FIRST);
        pastDeadline(first);
        long head = Feed.head();

        assertTrue(expiry.expireDue() >= 1);

        given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + first).then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
        given().auth().oauth2(Tokens.volunteer("first-subject")).when().post("/api/offers/" + first + "/accept")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.coordinator(ORG)).queryParam("status", "EXPIRED").queryParam("requestId",
                request.id().toString()).when().get("/api/matches").then().statusCode(200)
                .body("total", equalTo(1));
        String second = openOfferOf(request, SECOND);
        List<Map<String, Object>> events = Feed.eventsAfter(head);
        assertTrue(events.stream().anyMatch(e -> first.equals(e.get("aggregateId"))
                && "MatchExpired".equals(e.get("type"))), events.toString());
        assertTrue(events.stream().anyMatch(e -> second.equals(e.get("aggregateId"))
                && "MatchProposed".equals(e.get("type"))), events.toString());
        // a second run finds nothing more to expire for this request
        expiry.expireDue();
        assertEquals(2, matchesOf(request).getInt("total"));
    }

    @Test
    void withoutAutoOfferOrOnARequestNoLongerOpenNothingIsOffered() {
        RequestEvent plain = request(false);
        decline("first-subject", Matches.proposed(ORG, plain, FIRST));
        assertEquals(1, matchesOf(plain).getInt("total"));

        RequestEvent matched = request(true);
        String first = Matches.proposed(ORG, matched, FIRST);
        Feeds.requestEvent("RequestMatched", matched.version(2).status("MATCHED"));
        followers.catchUp(Feeds.REQUESTS);
        pastDeadline(first);
        expiry.expireDue();
        given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + first).then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
        assertEquals(1, matchesOf(matched).getInt("total"));
    }
}
