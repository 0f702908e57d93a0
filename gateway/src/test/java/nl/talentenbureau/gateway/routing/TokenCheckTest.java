package nl.talentenbureau.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import nl.talentenbureau.gateway.StubServices;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
@WithTestResource(StubServices.class)
class TokenCheckTest {

    @Test
    void missingTokenAnswers401ProblemAndIsNotForwarded() {
        given().when().get("/api/volunteers")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://talentenbureau.nl/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/volunteers"));
    }

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                Arguments.of("unsigned", Tokens.unsigned("forger", "admin")),
                Arguments.of("expired", Tokens.expired("forger", "coordinator")),
                Arguments.of("wrong issuer", Tokens.wrongIssuer("forger", "coordinator")),
                Arguments.of("wrong audience", Tokens.wrongAudience("forger", "coordinator")),
                Arguments.of("signed by another key", Tokens.signedByAnotherKey("forger", "admin")),
                Arguments.of("not a token", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void badTokenAnswers401Problem(String kind, String token) {
        given().auth().oauth2(token).when().get("/api/requests")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://talentenbureau.nl/problems/unauthenticated"));
    }

    @Test
    void validTokenIsForwardedUnchanged() {
        String token = Tokens.partner("handjehelpen");
        given().auth().oauth2(token).when().get("/api/requests")
                .then().statusCode(200)
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void aTokenThatPassedIsRefusedOnceItExpired() throws Exception {
        long expiresAt = System.currentTimeMillis() / 1000 + 3;
        String token = Jwt.issuer(Tokens.ISSUER).subject("short-lived-partner").audience(Tokens.AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of("partner"))).expiresAt(expiresAt).jws().keyId("test")
                .sign(KeyUtils.readPrivateKey("/test-keys/private.pem"));
        // verified once, then known: both pass
        given().auth().oauth2(token).when().get("/api/requests").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/requests").then().statusCode(200);

        Thread.sleep(Math.max(0, expiresAt * 1000 + 1_100 - System.currentTimeMillis()));

        given().auth().oauth2(token).when().get("/api/requests")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
