package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * A request over the gateway's size limits is answered by the gateway as problem+json (413, 414, 431), over HTTP/1.1 and
 * over HTTP/2 alike, instead of Vert.x' empty answer and closed connection; a request within them is routed.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class RequestLimitsTest {

    private static final String PROBLEM = "application/problem+json";

    private static String token() {
        return Tokens.withRoles("limits-" + UUID.randomUUID(), "welzijn-stichtse-vecht", "coordinator");
    }

    @Test
    void aTenThousandCharacterQueryIs414ProblemJson() {
        given().auth().oauth2(token()).when().get("/api/volunteers?q=" + "x".repeat(10_000))
                .then().statusCode(414).contentType(PROBLEM)
                .body("type", equalTo("https://talentenbureau.nl/problems/uri-too-long"))
                .body("status", equalTo(414));
    }

    @Test
    void headersOverTheLimitAre431ProblemJson() {
        given().auth().oauth2(token()).header("X-Padding", "y".repeat(20_000)).when().get("/api/volunteers")
                .then().statusCode(431).contentType(PROBLEM)
                .body("type", equalTo("https://talentenbureau.nl/problems/headers-too-large"))
                .body("status", equalTo(431));
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJsonAndNotSentOn() {
        given().auth().oauth2(token()).contentType("application/json")
                .body("{\"name\": \"" + "z".repeat(1024 * 1024) + "\"}").when().post("/api/volunteers")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://talentenbureau.nl/problems/content-too-large"))
                .body("status", equalTo(413))
                .body("detail", equalTo("The body is 1048588 bytes; at most 1048576 are accepted"));
    }

    @Test
    void aRequestJustWithinTheLimitsIsRouted() {
        String query = "q=" + "x".repeat(3_900);
        given().auth().oauth2(token()).when().get("/api/volunteers?" + query)
                .then().statusCode(200).body("service", equalTo("volunteer-service")).body("query", equalTo(query));
    }

    /** Java's HttpClient upgrades to HTTP/2 (h2c), where the path is a header: Netty's own limit there was 8 KiB. */
    @Test
    void overHttp2TheAnswerIsTheSameAndTheConnectionStaysUsable() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String token = token();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        HttpResponse<String> upgrade = http.send(HttpRequest.newBuilder(URI.create(base + "/api/volunteers"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upgrade.statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> tooLong = http.send(HttpRequest.newBuilder(URI.create(base + "/api/volunteers?q="
                    + "x".repeat(10_000))).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tooLong.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(tooLong.statusCode()).isEqualTo(414);
            assertThat(tooLong.headers().firstValue("Content-Type")).contains(PROBLEM);
            assertThat(new JsonObject(tooLong.body()).getInteger("status")).isEqualTo(414);
        }
        // a body the gateway does not read: the answer still arrives whole (the fuzz saw reset streams here)
        HttpResponse<String> withBody = http.send(HttpRequest.newBuilder(URI.create(base + "/api/volunteers?q="
                + "x".repeat(10_000))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "z".repeat(50_000) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withBody.statusCode()).isEqualTo(414);
        assertThat(new JsonObject(withBody.body()).getInteger("status")).isEqualTo(414);
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(base + "/api/volunteers"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
    }
}
