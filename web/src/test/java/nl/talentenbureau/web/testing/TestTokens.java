package nl.talentenbureau.web.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import nl.talentenbureau.platform.testing.Tokens;

/**
 * The tokens Keycloak's token endpoint gives the app: the access token in the API's shape (platform's
 * {@link Tokens}) and an ID token for client {@code web}, both signed with the test key.
 */
public final class TestTokens {

    public static final String ISSUER = Tokens.ISSUER;
    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    public static String idToken(String subject, String name) {
        return idToken(subject, name, 600);
    }

    /** An ID token that expires in the given number of seconds, for a session that needs a refresh. */
    public static String idToken(String subject, String name, long seconds) {
        return Jwt.issuer(ISSUER).subject(subject).audience("web").claim("azp", "web").claim("name", name)
                .claim("preferred_username", subject).claim("typ", "ID").expiresIn(seconds).jws().keyId("test")
                .sign(KEY);
    }

    /** An access token that Keycloak would give the web client: audience talentenbureau-api, realm roles. */
    public static String accessToken(String subject, String organisation, String... roles) {
        var claims = Jwt.issuer(ISSUER).subject(subject).audience("talentenbureau-api").claim("azp", "web")
                .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(600);
        if (organisation != null) {
            claims.claim("organization", List.of(organisation));
        }
        return claims.jws().keyId("test").sign(KEY);
    }

    private static PrivateKey load() {
        try (InputStream in = Tokens.class.getResourceAsStream("/test-keys/private.pem")) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test key", e);
        }
    }
}
