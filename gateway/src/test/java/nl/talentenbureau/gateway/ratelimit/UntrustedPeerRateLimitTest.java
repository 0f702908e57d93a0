package nl.talentenbureau.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.gateway.StubServices;

/** A caller that is not a trusted proxy cannot escape its bucket by sending a new X-Forwarded-For each time. */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(UntrustedPeerRateLimitTest.OnlyAnotherProxyIsTrusted.class)
class UntrustedPeerRateLimitTest {

    public static class OnlyAnotherProxyIsTrusted implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.trusted-proxies", "10.11.12.13");
        }
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(given().header("X-Forwarded-For", "203.0.113." + i).auth().oauth2("not-a-token")
                    .when().get("/api/catalog/kernen").statusCode());
        }

        assertThat(statuses).contains(429);
    }
}
