package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
@TestProfile(UpstreamDownTest.MatchingNotificationAndWebDown.class)
class UpstreamDownTest {

    // the gateway's own health is on its management interface (whose root path is /q)
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;
    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    public static class MatchingNotificationAndWebDown implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubServices.class, Map.of("down", "matching,notification,web")));
        }
    }

    @Test
    void serviceThatCannotBeReachedAnswers503Problem() {
        given().auth().oauth2(Tokens.coordinator("welzijn-stichtse-vecht")).when().get("/api/matches")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/matches"));
    }

    /** notification-service is the newest and may be missing from a stack: the gateway starts and routes the rest. */
    @Test
    void aMissingNotificationServiceIs503ForItsRoutesOnly() {
        given().auth().oauth2(Tokens.coordinator("welzijn-stichtse-vecht")).when().get("/api/notifications/x")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/service-unavailable"))
                .body("instance", equalTo("/api/notifications/x"));
        given().auth().oauth2(Tokens.coordinator("welzijn-stichtse-vecht")).when().get("/api/requests")
                .then().statusCode(200).body("service", equalTo("request-service"));
    }

    /** A browser gets a page it can read, not a problem document, and the API keeps working. */
    @Test
    void aWebAppThatIsDownGivesAShortPageAnd503() {
        given().when().get("/aanbod")
                .then().statusCode(503).contentType("text/html")
                .header("Retry-After", "60")
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("Even niet bereikbaar"));
        given().auth().oauth2(Tokens.coordinator("welzijn-stichtse-vecht")).when().get("/api/volunteers")
                .then().statusCode(200).body("service", equalTo("volunteer-service"));
    }

    @Test
    void otherServicesStillAnswer() {
        given().auth().oauth2(Tokens.coordinator("welzijn-stichtse-vecht")).when().get("/api/volunteers")
                .then().statusCode(200).body("service", equalTo("volunteer-service"));
    }

    @Test
    void readinessStaysUpAndNamesTheServiceThatIsDown() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'matching-service' }.data.state", equalTo("DOWN"))
                .body("checks.find { it.name == 'notification-service' }.data.state", equalTo("DOWN"))
                .body("checks.find { it.name == 'web' }.data.state", equalTo("DOWN"))
                .body("checks.find { it.name == 'volunteer-service' }.data.state", equalTo("UP"));
        given().when().get(liveness).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void mergedDocumentListsTheServiceThatIsDown() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("x-unavailable", hasItem("matching-service"))
                .body("x-unavailable", hasItem("notification-service"))
                .body("paths", hasKey("/api/volunteers"));
    }
}
