package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.talentenbureau.gateway.StubServices;

/** The pages: every path the gateway and the API do not own goes to the web app, without a bearer token. */
@QuarkusTest
@WithTestResource(StubServices.class)
class WebRoutingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/aanbod", "/aanbod/4f1c2a", "/coordinator/hulpvragen/9", "/taal",
            "/webjars/htmx.org/2.0.7/dist/htmx.min.js", "/favicon.ico"})
    void pagesReachTheWebAppWithoutAToken(String path) {
        given().queryParam("lang", "en")
                .when().get(path)
                .then().statusCode(200)
                .body("service", equalTo("web"))
                .body("path", equalTo(path))
                .body("query", equalTo("lang=en"))
                .body("authorization", nullValue());
    }

    @Test
    void aFormPostFromThePageItselfReachesTheWebApp() {
        String self = RestAssured.baseURI + ":" + RestAssured.port;
        given().header("Origin", self).contentType("application/x-www-form-urlencoded")
                .formParam("propose", "7a1e").formParam("csrf-token", "t0k3n")
                .when().post("/coordinator/hulpvragen/9")
                .then().statusCode(200)
                .body("service", equalTo("web"))
                .body("method", equalTo("POST"))
                .body("body", equalTo("propose=7a1e&csrf-token=t0k3n"));
    }

    @Test
    void cookiesPassBothWays() {
        given().when().get("/sign-in")
                .then().statusCode(200)
                .header("Set-Cookie", "q_session=opaque; Path=/; HttpOnly; SameSite=Lax");
        given().cookie("q_session", "opaque").cookie("lang", "en")
                .when().get("/aanbod")
                .then().statusCode(200)
                .body("cookie", equalTo("q_session=opaque; lang=en"));
    }

    @Test
    void theForwardedHeadersNameTheGatewaysAddressNotWhatTheClientClaims() {
        given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https")
                .when().get("/aanbod")
                .then().statusCode(200)
                .body("forwardedHost", equalTo("localhost:" + RestAssured.port))
                .body("forwardedProto", equalTo("http"))
                .body("forwardedPort", equalTo(String.valueOf(RestAssured.port)))
                .body("forwarded", nullValue());
    }

    @Test
    void pagesMayRunTheirOwnScriptsOnly() {
        given().when().get("/aanbod")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                // not no-referrer: with it a browser's form posts carry "Origin: null", which CORS refuses (403)
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void thePolicyTheWebAppSendsItselfIsKept() {
        given().when().get("/aanbod/own-policy")
                .then().statusCode(200)
                .header("Content-Security-Policy", "default-src 'none'");
    }

    @Test
    void theApiStillWantsAToken() {
        given().when().get("/api/volunteers")
                .then().statusCode(401).contentType("application/problem+json")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void theGatewaysOwnPathsAreNotPages() {
        given().when().get("/openapi").then().statusCode(200).body("$", hasKey("paths"));
        // health is on the management port: on the public port /q is neither the gateway's nor a page
        given().when().get("/q/health/ready").then().statusCode(404).body(not(containsString("\"service\"")));
        given().when().get("/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().when().get("/internal/events").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/nothing-here").then().statusCode(404).body(not(containsString("\"service\"")));
    }

    @Test
    void aPathWithDotSegmentsIsNotPassedOn() {
        given().urlEncodingEnabled(false).when().get("/aanbod/../coordinator")
                .then().statusCode(404).body(not(containsString("\"service\"")));
        given().urlEncodingEnabled(false).when().get("/aanbod/%2e%2e/coordinator")
                .then().statusCode(404).body(not(containsString("\"service\"")));
    }

    /** The rate limit (burst 20 in tests) is the API's: a page with its scripts and styles is not counted. */
    @Test
    void pagesAreNotRateLimited() {
        for (int i = 0; i < 60; i++) {
            given().when().get("/webjars/htmx.org/2.0.7/dist/htmx.min.js").then().statusCode(200);
        }
    }
}
