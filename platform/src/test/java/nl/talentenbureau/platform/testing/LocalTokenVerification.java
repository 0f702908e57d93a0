package nl.talentenbureau.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tokens are verified with the realm's keys only, found by discovery as in production: a forged token is refused
 * without a call to Keycloak's introspection endpoint (which here would even accept it). A service's test extends
 * this with {@code @QuarkusTest @TestProfile(LocalTokenVerification.RealmByDiscovery.class)} (or a profile of its own
 * that also starts {@link OidcProviderStub}) and names one protected path and who may read it.
 */
public abstract class LocalTokenVerification {

    /** The realm by discovery, from {@link OidcProviderStub}. */
    public static class RealmByDiscovery implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProviderStub.class));
        }
    }

    /** A GET that needs a token. */
    protected abstract String protectedPath();

    /** The role a forger claims. */
    protected abstract String forgedRole();

    /** A real token (signed with the test key) that may read {@link #protectedPath()}. */
    protected abstract String validToken();

    @Test
    void aForgedTokenIsRefusedWithoutAskingKeycloak() {
        for (Map.Entry<String, String> forged : Tokens.forgeries("forger", forgedRole()).entrySet()) {
            int status = given().auth().oauth2(forged.getValue()).when().get(protectedPath()).then().extract()
                    .statusCode();
            assertThat(status).as(forged.getKey()).isEqualTo(401);
        }
        assertThat(OidcProviderStub.calls(OidcProviderStub.INTROSPECTION)).isZero();
    }

    @Test
    void aValidTokenIsVerifiedWithTheRealmsPublishedKeys() {
        given().auth().oauth2(validToken()).when().get(protectedPath()).then().statusCode(200);
        assertThat(OidcProviderStub.calls(OidcProviderStub.KEYS)).isPositive();
    }
}
