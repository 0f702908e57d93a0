package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
@TestProfile(UpstreamDownTest.MatchingServiceDown.class)
class UpstreamDownTest {

    public static class MatchingServiceDown implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubServices.class, Map.of("down", "matching")));
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

    @Test
    void otherServicesStillAnswer() {
        given().auth().oauth2(Tokens.coordinator("welzijn-stichtse-vecht")).when().get("/api/volunteers")
                .then().statusCode(200).body("service", equalTo("volunteer-service"));
    }

    @Test
    void readinessStaysUpAndNamesTheServiceThatIsDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'matching-service' }.data.state", equalTo("DOWN"))
                .body("checks.find { it.name == 'volunteer-service' }.data.state", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void mergedDocumentListsTheServiceThatIsDown() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("x-unavailable", hasItem("matching-service"));
    }
}
