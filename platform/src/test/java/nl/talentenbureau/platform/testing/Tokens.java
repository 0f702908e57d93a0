package nl.talentenbureau.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs tokens shaped like the ones Keycloak issues for realm {@code talentenbureau} (roles in
 * {@code realm_access.roles}, organisation in {@code organization}), with a test key whose public half the
 * services trust in the test profile. Also forges the bad ones.
 */
public final class Tokens {

    public static final String ISSUER = "https://keycloak.test/realms/talentenbureau";
    public static final String AUDIENCE = "talentenbureau-api";

    private static final PrivateKey KEY = load("/test-keys/private.pem");
    private static final PrivateKey FOREIGN_KEY = load("/test-keys/foreign-private.pem");

    private Tokens() {
    }

    public static String coordinator(String organisation) {
        return sign(claims("coordinator-" + organisation, List.of("coordinator"), organisation));
    }

    public static String volunteer(String subject) {
        return sign(claims(subject, List.of("volunteer"), null));
    }

    public static String partner(String organisation) {
        return sign(claims("service-account-partner-" + organisation, List.of("partner"), organisation));
    }

    public static String admin() {
        return sign(claims("admin-" + UUID.randomUUID(), List.of("admin"), null));
    }

    public static String service() {
        return sign(claims("service-account-matching-service", List.of("service"), null));
    }

    public static String withRoles(String subject, String organisation, String... roles) {
        return sign(claims(subject, List.of(roles), organisation));
    }

    /** A valid token that expires {@code lifetime} from now. */
    public static String lasting(Duration lifetime, String subject, String organisation, String... roles) {
        return sign(claims(subject, List.of(roles), organisation).expiresIn(lifetime));
    }

    public static String expired(String subject, String role) {
        return claims(subject, List.of(role), null).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).jws().keyId("test").sign(KEY);
    }

    public static String wrongIssuer(String subject, String role) {
        return claims(subject, List.of(role), null).issuer("https://evil.example/realms/talentenbureau").jws()
                .keyId("test").sign(KEY);
    }

    public static String wrongAudience(String subject, String role) {
        return claims(subject, List.of(role), null).audience("some-other-api").jws().keyId("test").sign(KEY);
    }

    public static String signedByAnotherKey(String subject, String role) {
        return claims(subject, List.of(role), null).jws().keyId("test").sign(FOREIGN_KEY);
    }

    /** Signed by another key under a key id the realm never published: a verifier that cannot find it locally might ask Keycloak. */
    public static String unknownKeyId(String subject, String role) {
        return claims(subject, List.of(role), null).jws().keyId("forged-" + UUID.randomUUID()).sign(FOREIGN_KEY);
    }

    /** Every kind of bad token, by name: none may pass, and none may make a service ask Keycloak about it. */
    public static Map<String, String> forgeries(String subject, String role) {
        Map<String, String> forged = new java.util.LinkedHashMap<>();
        forged.put("unsigned", unsigned(subject, role));
        forged.put("expired", expired(subject, role));
        forged.put("wrong issuer", wrongIssuer(subject, role));
        forged.put("wrong audience", wrongAudience(subject, role));
        forged.put("signed by another key", signedByAnotherKey(subject, role));
        forged.put("unknown key id", unknownKeyId(subject, role));
        forged.put("not a token", "not-a-jwt");
        return forged;
    }

    /** An unsigned token ({@code alg: none}) with otherwise valid claims. */
    public static String unsigned(String subject, String role) {
        String valid = sign(claims(subject, List.of(role), null));
        String payload = valid.split("\\.")[1];
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static JwtClaimsBuilder claims(String subject, List<String> roles, String organisation) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .claim("azp", "talentenbureau-tests")
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(600);
        if (organisation != null) {
            builder.claim("organization", List.of(organisation));
        }
        return builder;
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(KEY);
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = Tokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read test key " + resource, e);
        }
    }
}
