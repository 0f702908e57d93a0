package nl.talentenbureau.matching.batch;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
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
 * {@code POST /api/proposals} over data from the stub feeds, in Havelte and Uffelte (Drenthe), out of reach of the
 * other tests' volunteers.
 */
@QuarkusTest
class ProposalResourceTest {

    static final String ORG = "proposals-test-org";
    static final String PROBLEM = "application/problem+json";

    /** Fits both requests best, but has room for one. */
    static final VolunteerEvent ALL_ROUNDER = aVolunteer().inKern("havelte").capacity(1).withTalent("driving", 3)
            .withTalent("gardening", 3);
    /** Can drive, cannot garden, lives a few km away: greedy would leave them the gardening request. */
    static final VolunteerEvent DRIVER = aVolunteer().inKern("uffelte").capacity(1).withTalent("driving", 1);

    static final RequestEvent DRIVING = anOpenRequest(ORG).inKern("havelte").needsTalent("driving", 1);
    static final RequestEvent GARDENING = anOpenRequest(ORG).inKern("havelte").needsTalent("gardening", 1);
    static final RequestEvent FIRST_AID = anOpenRequest(ORG).inKern("havelte").needsTraining("first-aid");
    static final RequestEvent CANCELLED = anOpenRequest(ORG).inKern("havelte").status("CANCELLED");
    static final RequestEvent OTHER_ORG = anOpenRequest("another-proposals-org").inKern("havelte");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        Feeds.volunteerEvent("VolunteerRegistered", ALL_ROUNDER);
        Feeds.volunteerEvent("VolunteerRegistered", DRIVER);
        for (RequestEvent request : new RequestEvent[]{DRIVING, GARDENING, FIRST_AID, CANCELLED, OTHER_ORG}) {
            Feeds.requestEvent("RequestOpened", request);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        followers.catchUp(Feeds.REQUESTS);
        fed = true;
    }

    @Test
    void theProposalsMaximiseTheTotalScoreAndSayWhyARequestStaysUnfilled() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .contentType("application/json")
                .body(Map.of("requestIds", List.of(DRIVING.id(), GARDENING.id(), FIRST_AID.id())))
                .when().post("/api/proposals")
                .then().statusCode(200)
                .contentType("application/json")
                .body("requests", equalTo(3))
                .body("assignments", hasSize(2))
                .body("assignments.find { it.requestId == '" + DRIVING.id() + "' }.volunteerId",
                        equalTo(DRIVER.id().toString()))
                .body("assignments.find { it.requestId == '" + GARDENING.id() + "' }.volunteerId",
                        equalTo(ALL_ROUNDER.id().toString()))
                .body("unfilled.requestId", containsInAnyOrder(FIRST_AID.id().toString()))
                .body("unfilled[0].reason", equalTo("NO_FEASIBLE_CANDIDATE"))
                .body("unfilled[0].missing", equalTo(1));
    }

    @Test
    void withoutRequestIdsEveryOpenRequestOfTheOrganisationCounts() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .contentType("application/json")
                .body("{}")
                .when().post("/api/proposals")
                .then().statusCode(200)
                .body("requests", equalTo(3))
                .body("assignments", hasSize(2));
    }

    @Test
    void anotherOrganisationsOrAnUnknownRequestAnswers404() {
        for (UUID id : new UUID[]{OTHER_ORG.id(), UUID.randomUUID()}) {
            given().auth().oauth2(Tokens.coordinator(ORG))
                    .contentType("application/json")
                    .body(Map.of("requestIds", List.of(DRIVING.id(), id)))
                    .when().post("/api/proposals")
                    .then().statusCode(404)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void aRequestThatIsNotOpenAnswers409() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .contentType("application/json")
                .body(Map.of("requestIds", List.of(CANCELLED.id())))
                .when().post("/api/proposals")
                .then().statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void aMalformedBodyAnswers400() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .contentType("application/json")
                .body("{\"requestIds\": [\"not-a-uuid\"]}")
                .when().post("/api/proposals")
                .then().statusCode(400)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.coordinator(ORG))
                .contentType("application/json")
                .body("{\"organisation\": \"someone-else\"}")
                .when().post("/api/proposals")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("organisation"));
    }

    @Test
    void onlyCoordinatorsMayAsk() {
        for (String token : new String[]{Tokens.volunteer("volunteer-" + UUID.randomUUID()), Tokens.partner(ORG),
                Tokens.admin(), Tokens.service()}) {
            given().auth().oauth2(token)
                    .contentType("application/json")
                    .body("{}")
                    .when().post("/api/proposals")
                    .then().statusCode(403)
                    .contentType(PROBLEM);
        }
        given().contentType("application/json")
                .body("{}")
                .when().post("/api/proposals")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }
}
