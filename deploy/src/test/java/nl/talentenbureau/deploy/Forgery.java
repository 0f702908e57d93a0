package nl.talentenbureau.deploy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Forged variants of a real Keycloak token: the same claims, altered and signed again with plain JDK crypto.
 * <p>
 * So that an expired token, or one from another issuer or for another audience, is refused for exactly that reason
 * and not merely for its signature, the test stack registers {@link #TRUSTED} in the realm as a <em>passive</em> key
 * before the services start: Keycloak does not sign with it but publishes it in the realm's key set, so the
 * services trust what it signs. {@link #resign} with it and unaltered claims is the control: accepted.
 * {@link #FOREIGN} is a key the realm never saw.
 */
final class Forgery {

    static final KeyPair TRUSTED = generate();
    static final KeyPair FOREIGN = generate();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static volatile String trustedKid;

    private Forgery() {
    }

    /** Registers {@link #TRUSTED} as a passive RS256 key of the realm (Keycloak's admin API, master admin). */
    static void trustInRealm(Keycloak keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String realmId = admin.get("").expect(200, "read realm").json().path("id").asText();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(TRUSTED.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        Map<String, Object> component = Map.of("name", "it-forgery-passive-key", "providerId", "rsa",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of("0"), "enabled", List.of("true"), "active", List.of("false"),
                        "algorithm", List.of("RS256"), "privateKey", List.of(pem)));
        admin.post("/components", component).expect(201, "add the passive key");
        BigInteger modulus = ((RSAPublicKey) TRUSTED.getPublic()).getModulus();
        for (JsonNode key : new Api(keycloak.tokenUrl())
                .get(keycloak.realmUrl() + "/protocol/openid-connect/certs", null)
                .expect(200, "realm keys").json().path("keys")) {
            if (key.has("n") && new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText()))
                    .equals(modulus)) {
                trustedKid = key.path("kid").asText();
            }
        }
        if (trustedKid == null) {
            throw new IllegalStateException("the passive key is not in the realm's key set");
        }
    }

    /** The real token's claims, altered, signed with {@code key} under {@code kid}. */
    static String resign(String realToken, Consumer<ObjectNode> alter, PrivateKey key, String kid) {
        ObjectNode claims = (ObjectNode) Api.claims(realToken);
        alter.accept(claims);
        String header = encode(JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", kid));
        String signingInput = header + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed by the passive realm key: trusted by the services. */
    static String trusted(String realToken, Consumer<ObjectNode> alter) {
        return resign(realToken, alter, TRUSTED.getPrivate(), trustedKid);
    }

    static String unchanged(String realToken) {
        return trusted(realToken, claims -> {
        });
    }

    static String expired(String realToken) {
        long now = Instant.now().getEpochSecond();
        return trusted(realToken, claims -> claims.put("iat", now - 7200).put("nbf", now - 7200).put("exp",
                now - 3600));
    }

    static String wrongIssuer(String realToken) {
        return trusted(realToken, claims -> claims.put("iss", "https://evil.example/realms/talentenbureau"));
    }

    static String wrongAudience(String realToken) {
        return trusted(realToken, claims -> claims.put("aud", "some-other-api"));
    }

    /** The real key id in the header, but signed by a key the realm does not know. */
    static String signedByAnotherKey(String realToken) {
        String realKid = header(realToken).path("kid").asText();
        return resign(realToken, claims -> {
        }, FOREIGN.getPrivate(), realKid);
    }

    /** {@code alg: none}: the real claims, no signature. */
    static String unsigned(String realToken) {
        return encode(JSON.createObjectNode().put("alg", "none").put("typ", "JWT")) + "." + realToken.split("\\.")[1]
                + ".";
    }

    /** The real token with its signature replaced by another valid-looking one. */
    static String tamperedClaims(String realToken) {
        String[] parts = realToken.split("\\.");
        ObjectNode claims = (ObjectNode) Api.claims(realToken);
        claims.putObject("realm_access").putArray("roles").add("admin");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private static JsonNode header(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private static String encode(JsonNode node) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
