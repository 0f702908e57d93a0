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
 * The open vacancies are read by the coalition's websites without a token: the gateway routes a GET of
 * /api/public/vacancies anonymously to volunteer-service, and counts it in buckets of its own (the test profile: a
 * burst of 5, one more per second), apart from the API's.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class PublicReadTest {

    @Test
    void theOpenVacanciesAreRoutedWithoutAToken() {
        given().header("X-Forwarded-For", "192.0.2.10").when().get("/api/public/vacancies?kern=breukelen")
                .then().statusCode(200)
                .body("service", equalTo("volunteer-service"))
                .body("path", equalTo("/api/public/vacancies"))
                .body("query", equalTo("kern=breukelen"))
                .body("authorization", nullValue());
        given().header("X-Forwarded-For", "192.0.2.10").when()
                .get("/api/public/vacancies/5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18")
                .then().statusCode(200).body("service", equalTo("volunteer-service"));
    }

    @Test
    void theDirectoryIsAPublicReadTooAndSignalsGoToRequestService() {
        given().header("X-Forwarded-For", "192.0.2.20").when().get("/api/public/directory?theme=health")
                .then().statusCode(200).body("service", equalTo("volunteer-service"))
                .body("path", equalTo("/api/public/directory")).body("authorization", nullValue());
        given().header("X-Forwarded-For", "192.0.2.20").contentType("application/json").body("{}").when()
                .put("/api/directory/leef").then().statusCode(401);
        given().auth().oauth2(Tokens.coordinator("leef")).contentType("application/json").body("{}").when()
                .put("/api/directory/leef").then().statusCode(200).body("service", equalTo("volunteer-service"));
        given().header("X-Forwarded-For", "192.0.2.20").when().get("/api/signals").then().statusCode(401);
        given().auth().oauth2(Tokens.coordinator("leef")).when().get("/api/signals").then().statusCode(200)
                .body("service", equalTo("request-service"));
    }

    @Test
    void everythingElseStillNeedsAToken() {
        given().header("X-Forwarded-For", "192.0.2.11").contentType("application/json").body("{}").when()
                .post("/api/public/vacancies").then().statusCode(401);
        given().header("X-Forwarded-For", "192.0.2.11").when().get("/api/vacancies").then().statusCode(401);
        given().header("X-Forwarded-For", "192.0.2.11").when().get("/api/training-sessions").then().statusCode(401);
        given().auth().oauth2(Tokens.coordinator("handjehelpen")).when().get("/api/vacancies").then()
                .statusCode(200).body("service", equalTo("volunteer-service"));
        // a bad token is refused on a public read too: it is no anonymous call
        given().header("X-Forwarded-For", "192.0.2.11").auth().oauth2("not-a-token").when()
                .get("/api/public/vacancies").then().statusCode(401);
    }

    @Test
    void publicReadsHaveARateLimitOfTheirOwn() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(given().header("X-Forwarded-For", "192.0.2.12").when().get("/api/public/vacancies")
                    .statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses).contains(429);
        given().header("X-Forwarded-For", "192.0.2.12").when().get("/api/public/vacancies").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talentenbureau.nl/problems/too-many-requests"));
        // the same address's API bucket is untouched: it is told to bring a token, not to slow down
        given().header("X-Forwarded-For", "192.0.2.12").when().get("/api/catalog/kernen").then().statusCode(401);
        // another website visitor has a bucket of their own
        given().header("X-Forwarded-For", "192.0.2.13").when().get("/api/public/vacancies").then().statusCode(200);
    }
}
