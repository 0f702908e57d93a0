package nl.talentenbureau.request.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import nl.talentenbureau.platform.testing.OidcProviderStub;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * Tokens are verified with the realm's keys only, found by discovery as in production: a forged token is refused
 * without a call to Keycloak's introspection endpoint (which here would even accept it).
 */
@QuarkusTest
@TestProfile(LocalTokenVerificationTest.RealmByDiscovery.class)
class LocalTokenVerificationTest {

    public static class RealmByDiscovery implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProviderStub.class));
        }
    }

    @Test
    void aForgedTokenIsRefusedWithoutAskingKeycloak() {
        for (Map.Entry<String, String> forged : Tokens.forgeries("forger", "partner").entrySet()) {
            int status = given().auth().oauth2(forged.getValue()).when().get("/api/requests").then().extract()
                    .statusCode();
            assertThat(status).as(forged.getKey()).isEqualTo(401);
        }
        assertThat(OidcProviderStub.calls(OidcProviderStub.INTROSPECTION)).isZero();
    }

    @Test
    void aValidTokenIsVerifiedWithTheRealmsPublishedKeys() {
        given().auth().oauth2(Tokens.partner("org-local-verification")).when().get("/api/requests").then()
                .statusCode(200);
        assertThat(OidcProviderStub.calls(OidcProviderStub.KEYS)).isPositive();
    }
}
