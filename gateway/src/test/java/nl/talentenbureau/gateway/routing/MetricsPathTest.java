package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * The gateway's HTTP timers are named by the prefix that owns a path, not by the path: every id in a path would be
 * a timer of its own (without bound, and a volunteer's id in the metrics).
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class MetricsPathTest {

    @Inject
    MeterRegistry registry;

    @Test
    void pathsWithIdsShareTheirPrefixsTimer() throws Exception {
        String token = Tokens.withRoles("metrics-" + UUID.randomUUID(), "welzijn-stichtse-vecht", "coordinator");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        given().auth().oauth2(token).get("/api/requests/" + first).then().statusCode(200);
        given().auth().oauth2(token).get("/api/requests/" + second + "/status").then().statusCode(200);
        given().auth().oauth2(token).get("/api/volunteers").then().statusCode(200);
        given().accept("text/html").get("/vacatures/" + first).then().statusCode(200);
        given().auth().oauth2(token).get("/api/nobody-owns/" + first).then().statusCode(404);

        Set<String> uris = awaitUris(5);

        assertThat(uris).contains("/api/requests/*", "/api/volunteers", "/{page}", "/api/{unknown}");
        assertThat(uris).noneMatch(uri -> uri.contains(first) || uri.contains(second));
    }

    /** The timers are recorded when each answer has ended, which may be just after the client has read it. */
    private Set<String> awaitUris(int atLeast) throws InterruptedException {
        Set<String> uris = new TreeSet<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            uris.clear();
            for (Timer timer : registry.find("http.server.requests").timers()) {
                uris.add(timer.getId().getTag("uri"));
            }
            if (uris.size() >= atLeast && uris.contains("/api/{unknown}")) {
                break;
            }
            Thread.sleep(100);
        }
        return uris;
    }
}
