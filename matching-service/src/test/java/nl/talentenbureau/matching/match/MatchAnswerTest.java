package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * {@code GET /internal/matches/{id}/answer} (contract 5 of issue 11): the decline reason and channel for a service,
 * which the event feed leaves out. In Nieuwersluis; the volunteer travels 1 km.
 */
@QuarkusTest
class MatchAnswerTest {

    static final String ORG = "answer-test-org";
    static final VolunteerEvent ANNA = aVolunteer().inKern("nieuwersluis").travelling(1).capacity(20)
            .subject("answer-anna");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        Feeds.volunteerEvent("VolunteerRegistered", ANNA);
        followers.catchUp(Feeds.VOLUNTEERS);
        fed = true;
    }

    String offer() {
        RequestEvent request = anOpenRequest(ORG).inKern("nieuwersluis").atItsOwnTime();
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("requestId", request.id().toString(), "volunteerId", ANNA.id().toString()))
                .when().post("/api/matches").then().statusCode(201).extract().path("id");
    }

    @Test
    void aServiceReadsTheVolunteersOwnDeclineWithItsReason() {
        String id = offer();
        given().auth().oauth2(Tokens.volunteer("answer-anna")).contentType("application/json")
                .body(Map.of("reason", "Ik ben die week weg")).when().post("/api/offers/" + id + "/decline")
                .then().statusCode(200);

        given().auth().oauth2(Tokens.service()).when().get("/internal/matches/" + id + "/answer")
                .then().statusCode(200).contentType("application/json")
                .body("matchId", equalTo(id)).body("status", equalTo("DECLINED"))
                .body("reason", equalTo("Ik ben die week weg")).body("answerChannel", equalTo("SELF"));
    }

    @Test
    void aDeclineForTheVolunteerCarriesItsChannelAndAnAcceptNoReason() {
        String declined = offer();
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("channel", "PAPER")).when().post("/api/matches/" + declined + "/decline")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.service()).when().get("/internal/matches/" + declined + "/answer")
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("reason", nullValue())
                .body("answerChannel", equalTo("PAPER"));

        String accepted = offer();
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("channel", "PHONE")).when().post("/api/matches/" + accepted + "/accept")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.service()).when().get("/internal/matches/" + accepted + "/answer")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("reason", nullValue())
                .body("answerChannel", equalTo("PHONE"));

        String open = offer();
        given().auth().oauth2(Tokens.service()).when().get("/internal/matches/" + open + "/answer")
                .then().statusCode(200).body("status", equalTo("PROPOSED")).body("reason", nullValue())
                .body("answerChannel", nullValue());
    }

    @Test
    void anUnknownMatchIs404Problem() {
        given().auth().oauth2(Tokens.service()).when().get("/internal/matches/" + UUID.randomUUID() + "/answer")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/not-found"));
    }

    @Test
    void onlyServicesMayReadIt() {
        String id = offer();
        String path = "/internal/matches/" + id + "/answer";
        for (String token : new String[]{Tokens.coordinator(ORG), Tokens.volunteer("answer-anna"), Tokens.admin(),
                Tokens.partner(ORG)}) {
            given().auth().oauth2(token).when().get(path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get(path).then().statusCode(401);
    }
}
