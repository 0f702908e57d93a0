package nl.talentenbureau.matching.match;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.Matches;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * A volunteer's export of what matching holds on them: every match with its hours, their reasons and their own
 * feedback (not the coordinator's), and nobody else's; an admin reads the same for any volunteer. In IJhorst.
 */
@QuarkusTest
class MatchExportTest {

    static final String ORG = "match-export-org";

    @Inject
    FeedFollowers followers;

    @Test
    void aVolunteerExportsTheirMatchesHoursReasonsAndOwnFeedbackOnly() {
        String subject = "export-own";
        VolunteerEvent me = aVolunteer().inKern("ijhorst").travelling(1).capacity(5).subject(subject);
        VolunteerEvent other = aVolunteer().inKern("ijhorst").travelling(1).capacity(5).subject("export-other");
        Feeds.volunteerEvent("VolunteerRegistered", me);
        Feeds.volunteerEvent("VolunteerRegistered", other);
        followers.catchUp(Feeds.VOLUNTEERS);
        String declined = Matches.proposed(ORG, request(), me);
        as(subject).contentType("application/json").body(Map.of("reason", "Op dinsdag naar de fysio"))
                .post("/api/offers/" + declined + "/decline").then().statusCode(200);
        String active = Matches.proposed(ORG, request(), me);
        as(subject).post("/api/offers/" + active + "/accept").then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator(ORG)).when().post("/api/matches/" + active + "/activate").then()
                .statusCode(200);
        as(subject).contentType("application/json").body(Map.of("workedOn", "2025-03-04", "hours", 2.5))
                .post("/api/offers/" + active + "/hours").then().statusCode(201);
        as(subject).contentType("application/json").body(Map.of("rating", 4, "comment", "Gezellige middag"))
                .post("/api/offers/" + active + "/feedback").then().statusCode(201);
        given().auth().oauth2(Tokens.coordinator(ORG)).contentType("application/json")
                .body(Map.of("rating", 2, "comment", "the coordinator's own note")).when()
                .post("/api/matches/" + active + "/feedback").then().statusCode(201);
        Matches.proposed(ORG, request(), other);

        as(subject).get("/api/offers/export").then().statusCode(200).contentType("application/json")
                .body("matches", hasSize(2))
                .body("matches[0].id", equalTo(declined))
                .body("matches[0].status", equalTo("DECLINED"))
                .body("matches[0].declineReason", equalTo("Op dinsdag naar de fysio"))
                .body("matches[0].hours", empty())
                .body("matches[0].feedback", nullValue())
                .body("matches[1].id", equalTo(active))
                .body("matches[1].status", equalTo("ACTIVE"))
                .body("matches[1].hoursLogged", equalTo(2.5f))
                .body("matches[1].hours[0].workedOn", equalTo("2025-03-04"))
                .body("matches[1].feedback.side", equalTo("VOLUNTEER"))
                .body("matches[1].feedback.comment", equalTo("Gezellige middag"));

        given().auth().oauth2(Tokens.admin()).when().get("/api/matches/volunteers/" + me.id() + "/export").then()
                .statusCode(200).body("matches", hasSize(2)).body("matches[1].feedback.rating", equalTo(4));
        as("export-nobody").get("/api/offers/export").then().statusCode(200).body("matches", empty());
    }

    @Test
    void onlyAnAdminExportsAnotherVolunteer() {
        String path = "/api/matches/volunteers/" + UUID.randomUUID() + "/export";
        given().auth().oauth2(Tokens.coordinator(ORG)).when().get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.volunteer("export-own")).when().get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get(path).then().statusCode(200).body("matches", empty());
        given().auth().oauth2(Tokens.admin()).when().get("/api/matches/volunteers/not-a-uuid/export").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.coordinator(ORG)).when().get("/api/offers/export").then().statusCode(403);
    }

    RequestEvent request() {
        RequestEvent request = anOpenRequest(ORG).inKern("ijhorst").atItsOwnTime();
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        return request;
    }

    static RequestSpecification as(String subject) {
        return given().auth().oauth2(Tokens.volunteer(subject)).when();
    }
}
