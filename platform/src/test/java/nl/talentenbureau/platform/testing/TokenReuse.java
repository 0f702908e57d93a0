package nl.talentenbureau.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;

import nl.talentenbureau.platform.security.VerifiedTokenMechanism;

/**
 * A service verifies a token once and then reuses the identity until the token expires, and nothing else passes for
 * it: a token with a changed signature is verified (and refused), and a kept token is refused once it has expired. A
 * service's test extends this with {@code @QuarkusTest} and names one protected path and a token that may read it.
 */
public abstract class TokenReuse {

    /** A GET that needs a token. */
    protected abstract String protectedPath();

    /** A real token (signed with the test key) that may read {@link #protectedPath()} and expires after {@code lifetime}. */
    protected abstract String tokenLasting(Duration lifetime);

    private static VerifiedTokenMechanism mechanism() {
        return Arc.container().instance(VerifiedTokenMechanism.class).get();
    }

    @Test
    void aTokenIsVerifiedOnceAndItsIdentityReusedForTheNextCalls() {
        String token = tokenLasting(Duration.ofMinutes(10));
        long verifiedBefore = mechanism().verifications();
        long reusedBefore = mechanism().reuses();

        for (int call = 0; call < 3; call++) {
            given().auth().oauth2(token).when().get(protectedPath()).then().statusCode(200);
        }

        assertThat(mechanism().verifications() - verifiedBefore).as("tokens verified").isEqualTo(1);
        assertThat(mechanism().reuses() - reusedBefore).as("calls answered with the kept identity").isEqualTo(2);
    }

    @Test
    void aKnownTokenWithAChangedSignatureIsVerifiedAndRefused() {
        String token = tokenLasting(Duration.ofMinutes(10));
        given().auth().oauth2(token).when().get(protectedPath()).then().statusCode(200);

        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);

        given().auth().oauth2(tampered).when().get(protectedPath()).then().statusCode(401);
        given().auth().oauth2(token).when().get(protectedPath()).then().statusCode(200);
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        String token = tokenLasting(Duration.ofSeconds(2));
        given().auth().oauth2(token).when().get(protectedPath()).then().statusCode(200);
        given().auth().oauth2(token).when().get(protectedPath()).then().statusCode(200);

        // exp is in whole seconds: past it by a second at least
        Thread.sleep(3_200);

        given().auth().oauth2(token).when().get(protectedPath()).then().statusCode(401);
    }
}
