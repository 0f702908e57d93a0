package nl.talentenbureau.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
@WithTestResource(StubServices.class)
class RateLimitTest {

    /** The test profile allows a burst of 20 and one more per second. */
    @Test
    void noisyClientGets429WhileAnotherClientStillGetsThrough() {
        String noisy = Tokens.withRoles("noisy-client-a", null, "coordinator");
        String quiet = Tokens.withRoles("quiet-client-b", null, "coordinator");

        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(given().auth().oauth2(noisy).when().get("/api/catalog/kernen"));
        }
        Response limited = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow();
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 200)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(limited.<String>path("type")).isEqualTo("https://talentenbureau.nl/problems/too-many-requests");

        given().auth().oauth2(quiet).when().get("/api/catalog/kernen")
                .then().statusCode(200).body("service", equalTo("volunteer-service"));
    }

    /**
     * Everyone behind the Ingress arrives from its address: one client sending bad tokens must not make every other
     * anonymous caller a 429. The test profile trusts 127.0.0.1 as a proxy.
     */
    @Test
    void anonymousClientsBehindTheTrustedProxyHaveTheirOwnBuckets() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(given().header("X-Forwarded-For", "203.0.113.7").auth().oauth2("not-a-token")
                    .when().get("/api/catalog/kernen").statusCode());
        }
        assertThat(statuses).contains(429);

        given().header("X-Forwarded-For", "203.0.113.8").auth().oauth2("not-a-token")
                .when().get("/api/catalog/kernen")
                .then().statusCode(401);
        // what a client writes in front of the proxy's own entry does not give it a fresh bucket (a fresh one would
        // answer all five 401; the same one refills one a second, too slow to let all five through)
        List<Integer> prefixed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            prefixed.add(given().header("X-Forwarded-For", "198.51.100.1, 203.0.113.7").auth().oauth2("not-a-token")
                    .when().get("/api/catalog/kernen").statusCode());
        }
        assertThat(prefixed).contains(429);
    }
}
