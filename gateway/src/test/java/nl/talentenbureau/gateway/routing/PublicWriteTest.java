package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * The application form and the sign-up for an event are posted by the coalition's websites without a token: the
 * gateway routes a POST below /api/public/applications and /api/public/outreach-events anonymously to
 * volunteer-service, in buckets per address of their own (the test profile: a burst of 3, hardly refilled), and
 * refuses a body over the limit (the test profile: 1,024 bytes) or of unknown length with 413 before it is passed on.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class PublicWriteTest {

    private static final String APPLICATION = "{\"source\":\"WEBSITE\",\"name\":\"Els Bakker\"}";

    @Test
    void anApplicationAndASignUpAreRoutedWithoutAToken() {
        given().header("X-Forwarded-For", "192.0.2.20").contentType("application/json").body(APPLICATION).when()
                .post("/api/public/applications").then().statusCode(200)
                .body("service", equalTo("volunteer-service"))
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/public/applications"))
                .body("body", equalTo(APPLICATION))
                .body("authorization", nullValue());
        given().header("X-Forwarded-For", "192.0.2.20").contentType("application/json").body("{}").when()
                .post("/api/public/outreach-events/3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60/signups").then()
                .statusCode(200)
                .body("path", equalTo("/api/public/outreach-events/3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60/signups"));
        // the mail's confirmation link is a public read
        given().header("X-Forwarded-For", "192.0.2.20").when()
                .get("/api/public/applications/confirmation?token=abc").then().statusCode(200)
                .body("query", equalTo("token=abc"));
    }

    @Test
    void theCoordinatorsSideStillNeedsAToken() {
        given().header("X-Forwarded-For", "192.0.2.21").when().get("/api/applications").then().statusCode(401);
        given().header("X-Forwarded-For", "192.0.2.21").contentType("application/json").body("{}").when()
                .put("/api/public/applications").then().statusCode(401);
        given().header("X-Forwarded-For", "192.0.2.21").contentType("application/json").body("{}").when()
                .post("/api/outreach-events").then().statusCode(401);
        given().auth().oauth2(Tokens.coordinator("handjehelpen")).when().get("/api/applications").then()
                .statusCode(200).body("service", equalTo("volunteer-service"));
        // a bad token is refused on a public write too: it is no anonymous call
        given().header("X-Forwarded-For", "192.0.2.21").auth().oauth2("not-a-token").contentType("application/json")
                .body("{}").when().post("/api/public/applications").then().statusCode(401);
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsPassedOn() {
        String large = "{\"motivation\":\"" + "x".repeat(2000) + "\"}";
        given().header("X-Forwarded-For", "192.0.2.22").contentType("application/json").body(large).when()
                .post("/api/public/applications").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/content-too-large"))
                .body("status", equalTo(413));
        String exactly = "{\"m\":\"" + "x".repeat(1024 - 8) + "\"}";
        assertThat(exactly).hasSize(1024);
        given().header("X-Forwarded-For", "192.0.2.23").contentType("application/json").body(exactly).when()
                .post("/api/public/applications").then().statusCode(200);
    }

    @Test
    void publicWritesHaveASmallRateLimitPerAddress() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(given().header("X-Forwarded-For", "192.0.2.24").contentType("application/json")
                    .body(APPLICATION).when().post("/api/public/applications").statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429, 429);
        given().header("X-Forwarded-For", "192.0.2.24").contentType("application/json").body(APPLICATION).when()
                .post("/api/public/outreach-events/3f1c8a2e-9b4d-4c6e-8f0a-1d2b3c4e5f60/signups").then()
                .statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/too-many-requests"));
        // the same address still reads the public pages (their own buckets), and another address still writes
        given().header("X-Forwarded-For", "192.0.2.24").when().get("/api/public/vacancies").then().statusCode(200);
        given().header("X-Forwarded-For", "192.0.2.25").contentType("application/json").body(APPLICATION).when()
                .post("/api/public/applications").then().statusCode(200);
    }
}
