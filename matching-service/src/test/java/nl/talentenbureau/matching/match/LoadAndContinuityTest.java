package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.matching.projection.CurrentIndex;
import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * The index knows each volunteer's live matches (load, AT_CAPACITY) and the requesters they helped (continuity),
 * from this service's own matches, kept current after every step. In Oldemarkt, out of reach of the other tests.
 */
@QuarkusTest
class LoadAndContinuityTest {

    static final String ORG = "load-test-org";

    static final VolunteerEvent IDLE = aVolunteer().inKern("oldemarkt").travelling(3).capacity(2)
            .subject("idle-subject");
    static final VolunteerEvent HALF = aVolunteer().inKern("oldemarkt").travelling(3).capacity(2)
            .subject("half-subject");
    static final VolunteerEvent SINGLE = aVolunteer().inKern("oldemarkt").travelling(3).capacity(1)
            .subject("single-subject");
    static final VolunteerEvent HELPER = aVolunteer().inKern("oldemarkt").travelling(3).capacity(5)
            .subject("helper-subject");
    static final VolunteerEvent STRANGER = aVolunteer().inKern("oldemarkt").travelling(3).capacity(5)
            .subject("stranger-subject");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @Inject
    CurrentIndex index;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent v : new VolunteerEvent[]{IDLE, HALF, SINGLE, HELPER, STRANGER}) {
            Feeds.volunteerEvent("VolunteerRegistered", v);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    /** Each on a slot of its own where one volunteer is matched to several (no double booking). */
    RequestEvent request(String requesterKey, String slot) {
        RequestEvent request = anOpenRequest(ORG).inKern("oldemarkt").requesterKey(requesterKey).weekly(slot);
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    static String accepted(RequestEvent request, VolunteerEvent volunteer, String subject) {
        String id = given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("requestId", request.id().toString(), "volunteerId", volunteer.id().toString()))
                .when().post("/api/matches").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.volunteer(subject)).when().post("/api/offers/" + id + "/accept")
                .then().statusCode(200);
        return id;
    }

    static JsonPath candidates(RequestEvent request) {
        return given().auth().oauth2(Tokens.coordinator(ORG)).queryParam("requestId", request.id().toString())
                .queryParam("limit", 100).when().get("/api/candidates").then().statusCode(200).extract().jsonPath();
    }

    static float component(JsonPath answer, VolunteerEvent volunteer, String component) {
        return answer.getFloat("candidates.find { it.volunteerId == '" + volunteer.id() + "' }.components.find { "
                + "it.component == '" + component + "' }.value");
    }

    static String reason(JsonPath answer, VolunteerEvent volunteer, String component) {
        return answer.getString("candidates.find { it.volunteerId == '" + volunteer.id() + "' }.components.find { "
                + "it.component == '" + component + "' }.reason");
    }

    @Test
    void liveMatchesLowerTheLoadAndAFullVolunteerIsExcludedAtCapacityUntilTheMatchCloses() {
        RequestEvent first = request("rk-load-first", "MON_MORNING");
        String half = accepted(first, HALF, "half-subject");
        String single = accepted(first, SINGLE, "single-subject");

        RequestEvent next = request("rk-load-next", "TUE_MORNING");
        JsonPath answer = candidates(next);
        org.junit.jupiter.api.Assertions.assertEquals(1.0f, component(answer, IDLE, "LOAD"));
        // 1 of 2 places free (0.5) x 20 of her 21 weekly slots free
        org.junit.jupiter.api.Assertions.assertEquals(0.47619f, component(answer, HALF, "LOAD"));
        org.junit.jupiter.api.Assertions.assertEquals("1 of 2 places taken, 1 of 21 weekly slots taken",
                reason(answer, HALF, "LOAD"));
        given().auth().oauth2(Tokens.coordinator(ORG)).queryParam("requestId", next.id().toString())
                .queryParam("limit", 100).when().get("/api/candidates").then().statusCode(200)
                .body("candidates.volunteerId", not(hasItem(SINGLE.id().toString())))
                .body("excluded.find { it.reason == 'AT_CAPACITY' }.count", greaterThanOrEqualTo(1));

        // ACTIVE still counts; COMPLETED and ENDED free the place
        given().auth().oauth2(Tokens.coordinator(ORG)).when().post("/api/matches/" + half + "/activate").then()
                .statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(0.47619f, component(candidates(next), HALF, "LOAD"));
        given().auth().oauth2(Tokens.coordinator(ORG)).when().post("/api/matches/" + half + "/complete").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.coordinator(ORG)).when().post("/api/matches/" + single + "/activate").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("reason", "Stopped early")).when().post("/api/matches/" + single + "/end").then()
                .statusCode(200);
        answer = candidates(next);
        org.junit.jupiter.api.Assertions.assertEquals(1.0f, component(answer, HALF, "LOAD"));
        org.junit.jupiter.api.Assertions.assertEquals(1.0f, component(answer, SINGLE, "LOAD"));

        // a full rebuild (as at start-up) reads the same counts from the match table
        accepted(next, HALF, "half-subject");
        index.rebuild();
        org.junit.jupiter.api.Assertions.assertEquals(0.47619f, component(candidates(request("rk-load-third",
                "WED_MORNING")), HALF, "LOAD"));
    }

    @Test
    void aVolunteerWhoHelpedTheSameRequesterBeforeScoresContinuity() {
        RequestEvent earlier = request("rk-continuity", "MON_AFTERNOON");
        accepted(earlier, HELPER, "helper-subject");

        RequestEvent again = request("rk-continuity", "TUE_AFTERNOON");
        JsonPath answer = candidates(again);
        org.junit.jupiter.api.Assertions.assertEquals(1.0f, component(answer, HELPER, "CONTINUITY"));
        org.junit.jupiter.api.Assertions.assertEquals("helped this requester before",
                reason(answer, HELPER, "CONTINUITY"));
        org.junit.jupiter.api.Assertions.assertEquals(0.0f, component(answer, STRANGER, "CONTINUITY"));
        given().auth().oauth2(Tokens.coordinator(ORG)).queryParam("requestId", again.id().toString())
                .when().get("/api/candidates").then().statusCode(200)
                .body("candidates.find { it.volunteerId == '" + STRANGER.id() + "' }.components.find { "
                        + "it.component == 'CONTINUITY' }.reason", not(containsString("helped this requester before")));

        // another requester: no continuity for anyone
        answer = candidates(request("rk-someone-else", "WED_AFTERNOON"));
        org.junit.jupiter.api.Assertions.assertEquals(0.0f, component(answer, HELPER, "CONTINUITY"));

        // a request without a requester key (today's feed) never scores continuity
        RequestEvent withoutKey = anOpenRequest(ORG).inKern("oldemarkt");
        Feeds.requestEvent("RequestOpened", withoutKey);
        followers.catchUp(Feeds.REQUESTS);
        org.junit.jupiter.api.Assertions.assertEquals(0.0f, component(candidates(withoutKey), HELPER,
                "CONTINUITY"));
    }
}
