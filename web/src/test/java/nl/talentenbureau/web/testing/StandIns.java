package nl.talentenbureau.web.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Two WireMock servers on free ports: Keycloak (discovery, keys, token endpoint; the authorization endpoint is never
 * called, {@link Browser} plays the person who signs in) and the gateway (the public API the pages call). Tokens are
 * signed with the platform's test key (ADR 3), in Keycloak's shape.
 */
public class StandIns implements QuarkusTestResourceLifecycleManager {

    public static final String REALM_PATH = "/realms/talentenbureau";

    private static WireMockServer keycloak;
    private static WireMockServer gateway;

    public static WireMockServer keycloak() {
        return keycloak;
    }

    public static WireMockServer gateway() {
        return gateway;
    }

    @Override
    public Map<String, String> start() {
        keycloak = new WireMockServer(options().dynamicPort());
        keycloak.start();
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        stubKeycloak();
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloak.baseUrl() + REALM_PATH,
                "quarkus.rest-client.gateway.url", gateway.baseUrl());
    }

    /** Clears what a test stubbed on the gateway and its record of requests; Keycloak keeps its discovery. */
    public static void reset() {
        gateway.resetAll();
    }

    private static void stubKeycloak() {
        String base = keycloak.baseUrl() + REALM_PATH;
        keycloak.stubFor(get(REALM_PATH + "/.well-known/openid-configuration").willReturn(okJson("""
                {"issuer": "%s",
                 "authorization_endpoint": "%s/protocol/openid-connect/auth",
                 "token_endpoint": "%s/protocol/openid-connect/token",
                 "jwks_uri": "%s/protocol/openid-connect/certs",
                 "end_session_endpoint": "%s/protocol/openid-connect/logout",
                 "userinfo_endpoint": "%s/protocol/openid-connect/userinfo",
                 "code_challenge_methods_supported": ["S256"]}
                """.formatted(TestTokens.ISSUER, base, base, base, base, base))));
        keycloak.stubFor(get(REALM_PATH + "/protocol/openid-connect/certs").willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(jwks())));
    }

    private static String jwks() {
        try (var in = StandIns.class.getResourceAsStream("/test-keys/public.pem")) {
            RSAPublicKey key = (RSAPublicKey) KeyUtils
                    .decodePublicKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return """
                    {"keys": [{"kty": "RSA", "kid": "test", "use": "sig", "alg": "RS256", "n": "%s", "e": "%s"}]}
                    """.formatted(base64(key.getModulus()), base64(key.getPublicExponent()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test public key", e);
        }
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
        if (gateway != null) {
            gateway.stop();
        }
    }
}
