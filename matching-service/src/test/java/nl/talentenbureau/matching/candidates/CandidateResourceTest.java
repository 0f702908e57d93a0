package nl.talentenbureau.matching.candidates;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

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
 * {@code GET /api/candidates} over requests and volunteers that came in through the stub feeds. Everything here lives
 * in Dronten (Flevoland), out of reach of the other tests' volunteers.
 */
@QuarkusTest
class CandidateResourceTest {

    static final String ORG = "candidates-test-org";
    static final String PROBLEM = "application/problem+json";

    static final VolunteerEvent SAME_KERN = aVolunteer().inKern("swifterbant").withTalent("digital-help", 2);
    static final VolunteerEvent NEXT_KERN = aVolunteer().inKern("dronten").withTalent("digital-help", 1);
    static final VolunteerEvent NO_TALENT = aVolunteer().inKern("swifterbant");
    static final VolunteerEvent NO_VOG = aVolunteer().inKern("swifterbant").withTalent("digital-help", 3).withoutVog();
    static final VolunteerEvent PAUSED = aVolunteer().inKern("swifterbant").withTalent("digital-help", 3)
            .status("PAUSED");
    static final VolunteerEvent TOO_FAR = aVolunteer().inKern("biddinghuizen").travelling(5)
            .withTalent("digital-help", 3);

    static final RequestEvent REQUEST = anOpenRequest(ORG).inKern("swifterbant").needsTalent("digital-help", 1)
            .needsVog();
    static final RequestEvent CANCELLED = anOpenRequest(ORG).inKern("swifterbant").status("CANCELLED");
    static final RequestEvent OTHER_ORG = anOpenRequest("another-org").inKern("swifterbant");
    static final RequestEvent UNKNOWN_KERN = anOpenRequest(ORG).inKern("atlantis");

    static boolean fed;

    @Inject
    FeedFollowers followers;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        for (VolunteerEvent volunteer : new VolunteerEvent[]{SAME_KERN, NEXT_KERN, NO_TALENT, NO_VOG, PAUSED,
                TOO_FAR}) {
            Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        }
        for (RequestEvent request : new RequestEvent[]{REQUEST, CANCELLED, OTHER_ORG, UNKNOWN_KERN}) {
            Feeds.requestEvent("RequestOpened", request);
        }
        followers.catchUp(Feeds.VOLUNTEERS);
        followers.catchUp(Feeds.REQUESTS);
        fed = true;
    }

    @Test
    void aCoordinatorGetsTheCandidatesBestFirstWithEveryScoreExplained() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .queryParam("requestId", REQUEST.id())
                .when().get("/api/candidates")
                .then().statusCode(200)
                .contentType("application/json")
                .body("requestId", equalTo(REQUEST.id().toString()))
                .body("eligible", equalTo(3))
                .body("candidates.volunteerId", contains(SAME_KERN.id().toString(), NEXT_KERN.id().toString(),
                        NO_TALENT.id().toString()))
                .body("candidates[0].score", equalTo(0.9f))
                .body("candidates[0].components", hasSize(5))
                .body("candidates[0].components.component", contains("SKILLS", "AVAILABILITY", "DISTANCE", "LOAD",
                        "CONTINUITY"))
                .body("candidates[0].components[0].reason", containsString("digital-help"))
                .body("candidates[1].components[2].reason", containsString("km"))
                .body("excluded.find { it.reason == 'NO_VALID_VOG' }.count", equalTo(1))
                .body("excluded.find { it.reason == 'NOT_ACTIVE' }.count", equalTo(1))
                .body("excluded.reason", hasItem("TOO_FAR"))
                .body("summary", containsString("without a valid VOG"));
    }

    @Test
    void limitCutsTheList() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .queryParam("requestId", REQUEST.id()).queryParam("limit", 1)
                .when().get("/api/candidates")
                .then().statusCode(200)
                .body("candidates.volunteerId", contains(SAME_KERN.id().toString()))
                .body("eligible", equalTo(3));
    }

    @Test
    void otherRolesAreRefused() {
        for (String token : new String[]{Tokens.volunteer("volunteer-" + UUID.randomUUID()), Tokens.partner(ORG),
                Tokens.admin(), Tokens.service()}) {
            given().auth().oauth2(token)
                    .queryParam("requestId", REQUEST.id())
                    .when().get("/api/candidates")
                    .then().statusCode(403)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void anonymousCallersAreRefused() {
        given().queryParam("requestId", REQUEST.id())
                .when().get("/api/candidates")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void aCoordinatorWithoutOrganisationIsRefused() {
        given().auth().oauth2(Tokens.withRoles("coordinator-nowhere", null, "coordinator"))
                .queryParam("requestId", REQUEST.id())
                .when().get("/api/candidates")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void limitOutsideOneToHundredAnswers400() {
        for (int limit : new int[]{0, 101, -1}) {
            given().auth().oauth2(Tokens.coordinator(ORG))
                    .queryParam("requestId", REQUEST.id()).queryParam("limit", limit)
                    .when().get("/api/candidates")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("limit"));
        }
    }

    @Test
    void aMalformedOrMissingRequestIdAnswers400() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .queryParam("requestId", "not-a-uuid")
                .when().get("/api/candidates")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("requestId"));
        given().auth().oauth2(Tokens.coordinator(ORG))
                .when().get("/api/candidates")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("requestId"));
    }

    @Test
    void anUnknownRequestAnswers404() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .queryParam("requestId", UUID.randomUUID())
                .when().get("/api/candidates")
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void anotherOrganisationsRequestAnswers404() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .queryParam("requestId", OTHER_ORG.id())
                .when().get("/api/candidates")
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void anEndedRequestAnswers409() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .queryParam("requestId", CANCELLED.id())
                .when().get("/api/candidates")
                .then().statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void aRequestInAKernOutsideTheCatalogueAnswers422() {
        given().auth().oauth2(Tokens.coordinator(ORG))
                .queryParam("requestId", UNKNOWN_KERN.id())
                .when().get("/api/candidates")
                .then().statusCode(422)
                .contentType(PROBLEM);
    }
}
