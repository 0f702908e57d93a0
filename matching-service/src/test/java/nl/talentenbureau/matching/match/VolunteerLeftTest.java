package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
 * A volunteer who stops or is erased (volunteer feed) leaves nothing live behind: their open offers are withdrawn and
 * their live matches end, with events that say why by a code; an erasure also blanks the free text on their matches
 * and the events no longer carry their account subject. Coordinators' steps keep working on a match whose volunteer
 * has no projection row. In Rouveen and Tienhoven, out of reach of the other tests.
 */
@QuarkusTest
class VolunteerLeftTest {

    static final String ORG = "volunteer-left-org";

    @Inject
    FeedFollowers followers;
    @Inject
    EntityManager em;

    VolunteerEvent volunteer(String kern, String subject) {
        VolunteerEvent volunteer = aVolunteer().inKern(kern).travelling(1).capacity(5).subject(subject);
        Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        followers.catchUp(Feeds.VOLUNTEERS);
        return volunteer;
    }

    RequestEvent request(String kern) {
        RequestEvent request = anOpenRequest(ORG).inKern(kern).atItsOwnTime();
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    /** The payloads of the feed's events after {@code head} for one match, in feed order. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> payloads(long head, String matchId) {
        return Feed.eventsAfter(head).stream().filter(e -> matchId.equals(e.get("aggregateId")))
                .map(e -> (Map<String, Object>) e.get("payload")).toList();
    }

    static List<Object> types(long head, String matchId) {
        return Feed.eventsAfter(head).stream().filter(e -> matchId.equals(e.get("aggregateId")))
                .map(e -> e.get("type")).toList();
    }

    @Test
    void aStoppedVolunteersOfferIsWithdrawnAndTheirLiveMatchesEndOnce() {
        String subject = "left-stopping";
        VolunteerEvent stopping = volunteer("rouveen", subject);
        String offer = Matches.proposed(ORG, request("rouveen"), stopping);
        String accepted = Matches.accepted(ORG, request("rouveen"), stopping, subject);
        String active = Matches.active(ORG, request("rouveen"), stopping, subject);
        long head = Feed.head();

        Feeds.volunteerEvent("VolunteerStatusChanged", stopping.version(2).status("STOPPED"));
        followers.catchUp(Feeds.VOLUNTEERS);

        assertEquals("WITHDRAWN", Matches.view(ORG, offer).getString("status"));
        for (String ended : List.of(accepted, active)) {
            given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + ended).then()
                    .statusCode(200).body("status", equalTo("ENDED")).body("closedAt", notNullValue())
                    .body("endReason", equalTo("the volunteer stopped"));
        }
        assertEquals(List.of("MatchWithdrawn"), types(head, offer));
        assertEquals(List.of("MatchEnded"), types(head, accepted));
        assertEquals(List.of("MatchEnded"), types(head, active));
        Map<String, Object> ended = payloads(head, active).getFirst();
        assertEquals("ENDED", ended.get("status"));
        assertEquals("VOLUNTEER_STOPPED", ended.get("closedBecause"));
        assertEquals(subject, ended.get("volunteerSubject"), "a stopped volunteer keeps their history");
        assertEquals("VOLUNTEER_STOPPED", payloads(head, offer).getFirst().get("closedBecause"));

        // the same event again (a page read twice): nothing changes
        long afterStop = Feed.head();
        long version = Matches.view(ORG, active).getLong("version");
        Feeds.volunteerEvent("VolunteerStatusChanged", stopping);
        followers.catchUp(Feeds.VOLUNTEERS);
        assertEquals(afterStop, Feed.head());
        assertEquals(version, Matches.view(ORG, active).getLong("version"));
    }

    @Test
    void anErasedVolunteersMatchesEndWithoutTheirSubjectAndTheirTextIsBlanked() {
        String subject = "left-erased";
        VolunteerEvent erased = volunteer("tienhoven", subject);
        String declined = Matches.proposed(ORG, request("tienhoven"), erased);
        given().auth().oauth2(Tokens.volunteer(subject)).contentType("application/json")
                .body(Map.of("reason", "Mijn knie, zie dokter Jansen")).when()
                .post("/api/offers/" + declined + "/decline").then().statusCode(200);
        String offer = Matches.proposed(ORG, request("tienhoven"), erased);
        String active = Matches.active(ORG, request("tienhoven"), erased, subject);
        given().auth().oauth2(Tokens.volunteer(subject)).contentType("application/json")
                .body(Map.of("rating", 5, "comment", "Mevrouw De Vries is een schat")).when()
                .post("/api/offers/" + active + "/feedback").then().statusCode(201);
        long head = Feed.head();

        Feeds.volunteerErased(erased.id());
        followers.catchUp(Feeds.VOLUNTEERS);

        assertEquals("WITHDRAWN", Matches.view(ORG, offer).getString("status"));
        JsonPath ended = Matches.view(ORG, active);
        assertEquals("ENDED", ended.getString("status"));
        assertEquals("the volunteer was erased", ended.getString("endReason"));
        assertNull(ended.get("feedback[0].comment"), "their feedback comment is blanked");
        assertEquals(5, ended.getInt("feedback[0].rating"), "the rating stays for the reports");
        given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/matches/" + declined).then()
                .statusCode(200).body("status", equalTo("DECLINED")).body("declineReason", nullValue());
        for (String id : List.of(offer, active)) {
            Map<String, Object> event = payloads(head, id).getFirst();
            assertEquals("VOLUNTEER_ERASED", event.get("closedBecause"), id);
            assertNull(event.get("volunteerSubject"), "no event names the erased volunteer's account");
        }
        assertEquals(List.of("MatchEnded", "MatchVolunteerErased"), types(head, active));
        assertEquals(List.of("MatchWithdrawn", "MatchVolunteerErased"), types(head, offer));
        // a match closed before tells its consumers too (request-service forgets who raised a signal under it)
        assertEquals(List.of("MatchVolunteerErased"), types(head, declined));
        Map<String, Object> told = payloads(head, declined).getFirst();
        assertEquals("DECLINED", told.get("status"));
        assertEquals("VOLUNTEER_ERASED", told.get("closedBecause"));
        assertNull(told.get("volunteerSubject"));
        for (String id : List.of(declined, offer, active)) {
            assertEquals(List.of(), payloads(0, id).stream().filter(e -> e.get("volunteerSubject") != null).toList(),
                    "the match's earlier events no longer name the account either");
        }

        // the coordinator's steps answer as for any closed match, not 404
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("reason", "again")).when().post("/api/matches/" + active + "/end").then()
                .statusCode(409);
        // and the erased account no longer reaches the offers
        given().auth().oauth2(Tokens.volunteer(subject)).when().get("/api/offers/" + active).then()
                .statusCode(404);
    }

    @Test
    void coordinatorStepsWorkOnAMatchWhoseVolunteerHasNoProjectionRow() {
        String subject = "left-unprojected";
        VolunteerEvent gone = volunteer("rouveen", subject);
        String active = Matches.active(ORG, request("rouveen"), gone, subject);
        // a volunteer erased before this service ended matches on erasure: only the projection row went
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from volunteer_projection where id = ?1").setParameter(1, gone.id()).executeUpdate());

        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("workedOn", "2025-01-06", "hours", 2)).when().post("/api/matches/" + active + "/hours")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("reason", "the volunteer left")).when().post("/api/matches/" + active + "/end").then()
                .statusCode(200).body("status", equalTo("ENDED"));
    }
}
