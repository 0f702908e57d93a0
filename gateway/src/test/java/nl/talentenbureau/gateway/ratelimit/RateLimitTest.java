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
}
