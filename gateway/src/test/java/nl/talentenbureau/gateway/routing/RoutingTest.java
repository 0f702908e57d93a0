package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
@WithTestResource(StubServices.class)
class RoutingTest {

    private static String token() {
        return Tokens.withRoles("routing-" + UUID.randomUUID(), "welzijn-stichtse-vecht", "coordinator");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/volunteers, volunteer-service",
            "/api/volunteers/me/absences, volunteer-service",
            "/api/catalog/kernen, volunteer-service",
            "/api/requests, request-service",
            "/api/requests/42/status, request-service",
            "/api/webhooks, request-service",
            "/api/candidates, matching-service",
            "/api/matches/7, matching-service",
            "/api/offers, matching-service",
            "/api/proposals, matching-service",
            "/api/reports/hours, matching-service",
            "/api/notifications, notification-service",
            "/api/notifications/deliveries/7, notification-service"})
    void eachPrefixReachesItsService(String path, String service) {
        String token = token();
        given().auth().oauth2(token).queryParam("kern", "breukelen").queryParam("size", 5)
                .when().get(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo("GET"))
                .body("path", equalTo(path))
                .body("query", equalTo("kern=breukelen&size=5"))
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void methodAndBodyArePassedOn() {
        given().auth().oauth2(token()).contentType("application/json").body("{\"title\":\"Hulp bij DigiD\"}")
                .when().post("/api/requests")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"title\":\"Hulp bij DigiD\"}"));
    }

    @Test
    void theLocationOfACreatedResourceIsTheGatewaysAddress() {
        String gateway = "localhost:" + RestAssured.port;
        given().auth().oauth2(token()).contentType("application/json").body("{}")
                .when().post("/api/volunteers/created")
                .then().statusCode(201)
                .header("Location", equalTo("http://" + gateway + "/api/volunteers/created/42"));
    }

    @Test
    void theApiGetsTheGatewaysAddressNotWhatTheClientClaims() {
        given().auth().oauth2(token()).header("X-Forwarded-Host", "evil.example.org")
                .header("X-Forwarded-Proto", "https").header("Forwarded", "host=evil.example.org")
                .header("X-Forwarded-Prefix", "/evil")
                .when().get("/api/requests")
                .then().statusCode(200)
                .body("forwardedHost", equalTo("localhost:" + RestAssured.port))
                .body("forwardedProto", equalTo("http"))
                .body("forwardedPort", equalTo(String.valueOf(RestAssured.port)))
                .body("forwarded", nullValue());
    }

    @Test
    void aGetWithAContentTypeIsPassedOn() {
        given().auth().oauth2(token()).contentType("text/plain").when().get("/api/volunteers")
                .then().statusCode(200).body("method", equalTo("GET"));
    }

    @Test
    void prefixMatchesWholeSegmentsOnly() {
        given().auth().oauth2(token()).when().get("/api/volunteersx")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/not-found"));
    }

    @Test
    void internalFeedsAreNeverRouted() {
        given().auth().oauth2(Tokens.service()).when().get("/internal/events?after=0")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void dotSegmentsDoNotReachAnotherPath() {
        given().auth().oauth2(token()).urlEncodingEnabled(false)
                .when().get("/api/volunteers/../../internal/events")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void requestIdIsCreatedForwardedAndEchoed() {
        String upstreamSaw = given().auth().oauth2(token()).when().get("/api/volunteers")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().path("requestId");
        given().auth().oauth2(token()).when().get("/api/volunteers")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", org.hamcrest.Matchers.not(equalTo(upstreamSaw)));
    }

    @Test
    void wellFormedRequestIdIsKept() {
        given().auth().oauth2(token()).header("X-Request-Id", "partner-app:42.a_b")
                .when().get("/api/requests")
                .then().statusCode(200)
                .header("X-Request-Id", "partner-app:42.a_b")
                .body("requestId", equalTo("partner-app:42.a_b"));
    }

    @Test
    void malformedRequestIdIsReplaced() {
        given().auth().oauth2(token()).header("X-Request-Id", "<script>alert(1)</script>")
                .when().get("/api/requests")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void securityHeadersAreOnEveryAnswer() {
        given().auth().oauth2(token()).when().get("/api/volunteers")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", "max-age=31536000");
        given().when().get("/api/volunteers")
                .then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void corsPreflightFromAnAllowedOriginIsAnswered() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "GET")
                .when().options("/api/volunteers")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/volunteers")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void slowServiceAnswers504() {
        given().auth().oauth2(token()).when().get("/api/volunteers/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/gateway-timeout"))
                .body("status", equalTo(504));
    }
}
