package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

import nl.talentenbureau.gateway.ClosingService;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * A service closed a connection the gateway's pool still held: a request that is safe to repeat (GET, HEAD, PUT,
 * DELETE, and a POST with an Idempotency-Key) is sent once more on a new connection; any other POST is not repeated
 * (the service may have applied it) and answers 502 problem+json.
 */
@QuarkusTest
@TestProfile(ClosedConnectionRetryTest.MatchingClosesKeptAliveConnections.class)
class ClosedConnectionRetryTest {

    public static class MatchingClosesKeptAliveConnections implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ClosingService.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // one pooled connection, so the test's call takes the one the set-up left (with more, a request from
            // another event loop may open a connection of its own)
            return Map.of("gateway.upstream-pool.max-size", "1");
        }
    }

    private final String token = Tokens.coordinator("retry-" + UUID.randomUUID());

    @BeforeEach
    void aConnectionInThePool() {
        // the first request on a connection is answered and leaves it in the gateway's pool; the next request takes
        // that connection, and the service closes it
        call().get("/api/matches").then().statusCode(200);
    }

    @Test
    void aGetIsRetriedOnANewConnection() {
        int closedBefore = closedSoFar();
        call().get("/api/matches").then().statusCode(200).body("method", equalTo("GET"))
                .body("closed", equalTo(closedBefore + 1));
    }

    @Test
    void aPutIsRetriedWithItsBody() {
        int closedBefore = closedSoFar();
        call().contentType("application/json").body("{\"rating\":4}").put("/api/matches/7")
                .then().statusCode(200).body("method", equalTo("PUT")).body("body", equalTo("{\"rating\":4}"))
                .body("closed", equalTo(closedBefore + 1));
    }

    @Test
    void aDeleteIsRetried() {
        call().delete("/api/matches/7").then().statusCode(200).body("method", equalTo("DELETE"));
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRetriedWithItsBodyAndKey() {
        int closedBefore = closedSoFar();
        call().header("Idempotency-Key", "retry-key-1").contentType("application/json").body("{\"a\":1}")
                .post("/api/matches")
                .then().statusCode(200).body("method", equalTo("POST")).body("body", equalTo("{\"a\":1}"))
                .body("idempotencyKey", equalTo("retry-key-1")).body("closed", equalTo(closedBefore + 1));
    }

    @Test
    void aPostWithoutAKeyIsNotRepeatedAndAnswers502() {
        problem(call().contentType("application/json").body("{\"a\":1}").post("/api/matches").then(), 502,
                "bad-gateway");
    }

    private static int closedSoFar() {
        return ClosingService.closed();
    }

    private io.restassured.specification.RequestSpecification call() {
        return given().auth().oauth2(token);
    }

    private static void problem(ValidatableResponse response, int status, String slug) {
        response.statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/" + slug)).body("status", equalTo(status));
    }
}
