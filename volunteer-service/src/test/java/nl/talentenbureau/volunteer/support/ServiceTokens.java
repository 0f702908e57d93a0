package nl.talentenbureau.volunteer.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import nl.talentenbureau.platform.testing.Tokens;

/** A token of a named client's service account ({@code azp} = the client id), signed by the test key. */
public final class ServiceTokens {

    private static final PrivateKey KEY = load();

    private ServiceTokens() {
    }

    public static String of(String clientId, String... roles) {
        return Jwt.issuer(Tokens.ISSUER).subject("service-account-" + clientId).audience(Tokens.AUDIENCE)
                .claim("azp", clientId).claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(600)
                .jws().keyId("test").sign(KEY);
    }

    private static PrivateKey load() {
        try (InputStream in = ServiceTokens.class.getResourceAsStream("/test-keys/private.pem")) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test key", e);
        }
    }
}
