package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.Matches;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * The fields of the match events that notification-service reads (contract 4 of issue 11): the answer deadline on
 * every event, {@code automatic} only on the next-candidate offer the service makes itself after a decline or an
 * expiry, and the channel of the answer. In Nigtevecht; the volunteers here travel 1 km.
 */
@QuarkusTest
class MatchEventFieldsTest {

    static final String ORG = "event-fields-org";

    static final VolunteerEvent ONE = aVolunteer().inKern("nigtevecht").travelling(1).capacity(20)
            .subject("fields-one");
    static final VolunteerEvent TWO = aVolunteer().inKern("nigtevecht").travelling(1).capacity(20)
            .subject("fields-two");
    static final VolunteerEvent THREE = aVolunteer().inKern("nigtevecht").travelling(1).capacity(20)
            .subject("fields-three");

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
        for (VolunteerEvent v : new VolunteerEvent[]{ONE, TWO, THREE}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    RequestEvent request(boolean autoOfferNext) {
        RequestEvent request = anOpenRequest(ORG).inKern("nigtevecht").atItsOwnTime();
        if (autoOfferNext) {
            request.autoOfferNext();
        }
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    /** The payloads of the request's match events after {@code head}, in feed order. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> payloads(long head, RequestEvent request, String type) {
        return Feed.eventsAfter(head, "match").stream().filter(e -> type.equals(e.get("type")))
                .map(e -> (Map<String, Object>) e.get("payload"))
                .filter(p -> request.id().toString().equals(p.get("requestId"))).toList();
    }

    static String deadlineOf(String id) {
        return given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + id).then()
                .statusCode(200).extract().path("answerDeadline");
    }

    static void assertSameInstant(String expected, Object actual) {
        assertNotNull(actual);
        assertEquals(OffsetDateTime.parse(expected).toInstant(), OffsetDateTime.parse((String) actual).toInstant());
    }

    @Test
    void aCoordinatorsProposalIsNotAutomaticAndCarriesItsDeadline() {
        RequestEvent request = request(false);
        long head = Feed.head();
        String id = Matches.proposed(ORG, request, ONE);

        List<Map<String, Object>> proposed = payloads(head, request, "MatchProposed");
        assertEquals(1, proposed.size(), proposed.toString());
        Map<String, Object> payload = proposed.getFirst();
        assertEquals(false, payload.get("automatic"));
        assertNull(payload.get("answerChannel"), "not answered yet");
        assertSameInstant(deadlineOf(id), payload.get("answerDeadline"));
    }

    @Test
    void theNextCandidateAfterADeclineIsProposedAutomaticallyAndOnlyThatEventSaysSo() {
        RequestEvent request = request(true);
        String first = Matches.proposed(ORG, request, ONE);
        long head = Feed.head();

        given().auth().oauth2(Tokens.volunteer("fields-one")).contentType("application/json")
                .body(Map.of("reason", "Ik ben die week weg")).when().post("/api/offers/" + first + "/decline")
                .then().statusCode(200);

        Map<String, Object> declined = payloads(head, request, "MatchDeclined").getFirst();
        assertEquals("SELF", declined.get("answerChannel"));
        assertEquals(false, declined.get("automatic"));
        assertSameInstant(deadlineOf(first), declined.get("answerDeadline"));
        assertTrue(!declined.toString().contains("weg"), "no free text in the event");

        List<Map<String, Object>> next = payloads(head, request, "MatchProposed");
        assertEquals(1, next.size(), next.toString());
        assertEquals(true, next.getFirst().get("automatic"));
        assertNull(next.getFirst().get("answerChannel"));
        String second = (String) next.getFirst().get("matchId");
        assertSameInstant(deadlineOf(second), next.getFirst().get("answerDeadline"));

        // the automatic offer's later events are not automatic: the coordinator accepts it by phone
        long afterOffer = Feed.head();
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("channel", "PHONE")).when().post("/api/matches/" + second + "/accept")
                .then().statusCode(200);
        Map<String, Object> accepted = payloads(afterOffer, request, "MatchAccepted").getFirst();
        assertEquals(second, accepted.get("matchId"));
        assertEquals(false, accepted.get("automatic"));
        assertEquals("PHONE", accepted.get("answerChannel"));
        assertSameInstant(deadlineOf(second), accepted.get("answerDeadline"));

        // and the channel stays on the match's later events
        long afterAccept = Feed.head();
        given().auth().oauth2(Tokens.coordinator(ORG)).when().post("/api/matches/" + second + "/activate")
                .then().statusCode(200);
        assertEquals("PHONE", payloads(afterAccept, request, "MatchActivated").getFirst().get("answerChannel"));
    }

    @Test
    void aCoordinatorDecliningInPersonPublishesTheChannel() {
        RequestEvent request = request(false);
        String id = Matches.proposed(ORG, request, TWO);
        long head = Feed.head();
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("channel", "IN_PERSON", "reason", "Te ver weg")).when()
                .post("/api/matches/" + id + "/decline").then().statusCode(200);

        Map<String, Object> declined = payloads(head, request, "MatchDeclined").getFirst();
        assertEquals("IN_PERSON", declined.get("answerChannel"));
        assertEquals(false, declined.get("automatic"));
        assertTrue(payloads(head, request, "MatchProposed").isEmpty(), "no auto-offer without autoOfferNext");
    }

    @Test
    void theNextCandidateAfterAnExpiryIsProposedAutomatically() {
        RequestEvent request = request(true);
        String first = Matches.proposed(ORG, request, THREE);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update match set answer_deadline = now() - interval '1 minute' where id = ?1")
                .setParameter(1, UUID.fromString(first)).executeUpdate());
        long head = Feed.head();

        assertTrue(expiry.expireDue() >= 1);

        Map<String, Object> expired = payloads(head, request, "MatchExpired").getFirst();
        assertEquals(first, expired.get("matchId"));
        assertEquals(false, expired.get("automatic"));
        assertNull(expired.get("answerChannel"), "nobody answered");
        assertSameInstant(deadlineOf(first), expired.get("answerDeadline"));
        List<Map<String, Object>> next = payloads(head, request, "MatchProposed");
        assertEquals(1, next.size(), next.toString());
        assertEquals(true, next.getFirst().get("automatic"));
    }
}
