package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * Every answer the gateway makes itself is a problem document: a path nobody serves, a method a route does not take.
 * (401, 429, 503 and 504: TokenCheckTest, RateLimitTest, UpstreamDownTest, RoutingTest.)
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class OwnAnswersTest {

    private static final String PROBLEM = "application/problem+json";

    private static String token() {
        return Tokens.withRoles("own-answers-" + UUID.randomUUID(), "welzijn-stichtse-vecht", "coordinator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/API/volunteers", "/Api/requests", "/INTERNAL/events", "/OPENAPI/x"})
    void theApiInAnotherCaseIs404ProblemJson(String path) {
        given().auth().oauth2(token()).when().get(path)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://talentenbureau.nl/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo(path));
    }

    @Test
    void aPathNobodyServesIs404ProblemJsonForAnApiClient() {
        given().accept("application/json").when().get("/nothing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://talentenbureau.nl/problems/not-found"))
                .body("instance", equalTo("/nothing"));
        // curl's and REST Assured's default Accept
        given().accept("*/*").when().get("/nothing/at/all").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aBrowserGetsTheWebAppsOwnPage() {
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").when().get("/nothing")
                .then().statusCode(404).contentType("text/html")
                .body(containsString("Pagina niet gevonden"));
    }

    @Test
    void aMethodTheGatewaysOwnRouteDoesNotTakeIs405ProblemJson() {
        given().contentType("application/json").body("{}").when().post("/openapi")
                .then().statusCode(405).contentType(PROBLEM)
                .header("Allow", "GET, HEAD")
                .body("type", equalTo("https://talentenbureau.nl/problems/method-not-allowed"))
                .body("status", equalTo(405));
        given().when().delete("/swagger-ui/index.html").then().statusCode(405).contentType(PROBLEM);
    }
}
