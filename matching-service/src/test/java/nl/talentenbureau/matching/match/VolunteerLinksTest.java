package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.Matches;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * A volunteer a coordinator registered and proposed before she had an account: when the volunteer feed brings her
 * account subject, each of her open and live matches publishes it ({@code MatchVolunteerLinked}, at the match's own
 * version), so request-service can show her the request she was offered. In Vollenhove, out of reach of the other
 * tests.
 */
@QuarkusTest
class VolunteerLinksTest {

    static final String ORG = "volunteer-links-org";

    @Inject
    FeedFollowers followers;

    @Test
    void anAccountGivenAfterTheProposalIsPublishedOnTheOpenAndLiveMatchesOnly() {
        VolunteerEvent truus = aVolunteer().inKern("vollenhove").travelling(1).capacity(5).subject(null);
        Feeds.volunteerEvent("VolunteerRegistered", truus);
        followers.catchUp(Feeds.VOLUNTEERS);
        String offer = Matches.proposed(ORG, request(), truus);
        String live = Matches.proposed(ORG, request(), truus);
        onBehalf(live, "accept");
        String declined = Matches.proposed(ORG, request(), truus);
        onBehalf(declined, "decline");
        long version = Matches.view(ORG, offer).getLong("version");
        assertNull(payloads(0, offer).getFirst().get("volunteerSubject"), "proposed before she had an account");
        long head = Feed.head();

        Feeds.volunteerEvent("VolunteerUpdated", truus.version(2).subject("links-truus"));
        followers.catchUp(Feeds.VOLUNTEERS);

        assertEquals(List.of("MatchVolunteerLinked"), types(head, offer));
        Map<String, Object> linked = payloads(head, offer).getFirst();
        assertEquals("links-truus", linked.get("volunteerSubject"));
        assertEquals(version, ((Number) linked.get("version")).longValue(), "the match itself did not change");
        assertEquals("PROPOSED", linked.get("status"));
        assertEquals(version, Matches.view(ORG, offer).getLong("version"), "no If-Match goes stale");
        assertEquals(List.of("MatchVolunteerLinked"), types(head, live));
        assertEquals("links-truus", payloads(head, live).getFirst().get("volunteerSubject"));
        assertEquals(List.of(), types(head, declined), "a closed match is left alone");
        given().auth().oauth2(Tokens.volunteer("links-truus")).when().get("/api/offers/" + offer).then()
                .statusCode(200);

        // the same snapshot again, and a newer one with the same subject: nothing more is published
        long afterLink = Feed.head();
        Feeds.volunteerEvent("VolunteerUpdated", truus);
        Feeds.volunteerEvent("VolunteerUpdated", truus.version(3).travelling(2));
        followers.catchUp(Feeds.VOLUNTEERS);
        assertEquals(List.of(), types(afterLink, offer));
    }

    /** A coordinator answers for the volunteer, who said so on the phone. */
    private static void onBehalf(String matchId, String answer) {
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("channel", "PHONE")).when().post("/api/matches/" + matchId + "/" + answer).then()
                .statusCode(200);
    }

    private RequestEvent request() {
        RequestEvent request = anOpenRequest(ORG).inKern("vollenhove").volunteersNeeded(2).atItsOwnTime();
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> payloads(long head, String matchId) {
        return Feed.eventsAfter(head).stream().filter(e -> matchId.equals(e.get("aggregateId")))
                .map(e -> (Map<String, Object>) e.get("payload")).toList();
    }

    private static List<Object> types(long head, String matchId) {
        return Feed.eventsAfter(head).stream().filter(e -> matchId.equals(e.get("aggregateId")))
                .map(e -> e.get("type")).toList();
    }
}
