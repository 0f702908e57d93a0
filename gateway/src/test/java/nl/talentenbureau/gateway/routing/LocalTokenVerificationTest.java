package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.OidcProviderStub;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * The gateway verifies tokens with the realm's keys only, found by discovery as in production: a forged token is
 * refused without a call to Keycloak's introspection endpoint (which here would even accept it).
 */
@QuarkusTest
@TestProfile(LocalTokenVerificationTest.RealmByDiscovery.class)
class LocalTokenVerificationTest {

    public static class RealmByDiscovery implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProviderStub.class), new TestResourceEntry(StubServices.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // this test's forgeries come from one address: no 429 before the last one
            return Map.of("gateway.rate-limit.burst", "100");
        }
    }

    @Test
    void aForgedTokenIsRefusedWithoutAskingKeycloak() {
        for (Map.Entry<String, String> forged : Tokens.forgeries("forger", "admin").entrySet()) {
            int status = given().auth().oauth2(forged.getValue()).when().get("/api/requests").then().extract()
                    .statusCode();
            assertThat(status).as(forged.getKey()).isEqualTo(401);
        }
        assertThat(OidcProviderStub.calls(OidcProviderStub.INTROSPECTION)).isZero();
    }

    @Test
    void aValidTokenIsVerifiedWithTheRealmsPublishedKeys() {
        given().auth().oauth2(Tokens.partner("handjehelpen")).when().get("/api/requests").then().statusCode(200);
        assertThat(OidcProviderStub.calls(OidcProviderStub.KEYS)).isPositive();
    }
}
