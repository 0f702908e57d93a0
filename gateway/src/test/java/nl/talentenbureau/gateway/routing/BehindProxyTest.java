package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * Behind the Ingress, which ends TLS: the web app must learn the public https address, so that its redirect URI is
 * the one registered in Keycloak.
 */
@QuarkusTest
@TestProfile(BehindProxyTest.BehindAProxy.class)
class BehindProxyTest {

    public static class BehindAProxy implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // the first call of a fresh profile can take longer than the 1.5 s the timeout tests use
            return Map.of("GATEWAY_BEHIND_PROXY", "true", "gateway.upstream-timeout", "5s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubServices.class));
        }
    }

    @Test
    void thePagesLearnThePublicAddressThatTheProxySaw() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.talentenbureau.example.org")
                .header("X-Forwarded-For", "203.0.113.7")
                .when().get("/aanbod")
                .then().statusCode(200)
                .body("service", equalTo("web"))
                .body("forwardedProto", equalTo("https"))
                .body("forwardedHost", equalTo("api.talentenbureau.example.org"))
                .body("forwardedPort", equalTo("443"));
    }

    @Test
    void theApiIsRoutedAsBefore() {
        given().auth().oauth2(Tokens.coordinator("welzijn-stichtse-vecht")).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.talentenbureau.example.org")
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("service", equalTo("volunteer-service"));
    }
}
