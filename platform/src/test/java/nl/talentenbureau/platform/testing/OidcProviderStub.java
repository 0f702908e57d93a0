package nl.talentenbureau.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.ConfigProvider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The realm as Quarkus OIDC discovers it: discovery document, the signing keys (the public half of {@link Tokens}'
 * test key, key id {@code test}) and an introspection endpoint that would accept any token ({@code active: true}).
 * With this resource the service verifies tokens as in production (discovery, JWKS) instead of with the test
 * profile's fixed public key, and {@link #calls(String)} says how often each endpoint was called: a token that fails
 * local verification must never reach introspection. Sets {@code quarkus.oidc.auth-server-url} and clears
 * {@code quarkus.oidc.public-key}.
 */
public class OidcProviderStub implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "/realms/talentenbureau";
    public static final String INTROSPECTION = REALM + "/protocol/openid-connect/token/introspect";
    public static final String KEYS = REALM + "/protocol/openid-connect/certs";
    private static final String CALLS = "/calls";

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.oidc.auth-server-url", base + REALM,
                "quarkus.oidc.public-key", "",
                "oidc-provider-stub.url", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** How often the running test's provider stub was asked for {@code path} (over HTTP: another class loader). */
    public static int calls(String path) {
        String base = ConfigProvider.getConfig().getValue("oidc-provider-stub.url", String.class);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(base + CALLS + "?path=" + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Integer.parseInt(answer.body().trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(CALLS)) {
            String asked = exchange.getRequestURI().getQuery().substring("path=".length());
            send(exchange, 200, "text/plain", String.valueOf(calls.getOrDefault(asked, new AtomicInteger()).get()));
            return;
        }
        calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        switch (path) {
            case REALM + "/.well-known/openid-configuration" -> send(exchange, 200, "application/json", """
                    {"issuer": "%s", "jwks_uri": "%s", "introspection_endpoint": "%s",
                     "token_endpoint": "%s", "authorization_endpoint": "%s"}"""
                    .formatted(Tokens.ISSUER, base + KEYS, base + INTROSPECTION,
                            base + REALM + "/protocol/openid-connect/token",
                            base + REALM + "/protocol/openid-connect/auth"));
            case KEYS -> send(exchange, 200, "application/json", jwks());
            case INTROSPECTION -> send(exchange, 200, "application/json", """
                    {"active": true, "sub": "introspected", "iss": "%s", "aud": "%s",
                     "realm_access": {"roles": ["admin", "coordinator", "service"]}}"""
                    .formatted(Tokens.ISSUER, Tokens.AUDIENCE));
            default -> send(exchange, 404, "text/plain", "not found");
        }
    }

    private static String jwks() {
        RSAPublicKey key = publicKey();
        return """
                {"keys": [{"kty": "RSA", "kid": "test", "use": "sig", "alg": "RS256", "n": "%s", "e": "%s"}]}"""
                .formatted(base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static RSAPublicKey publicKey() {
        try (InputStream in = OidcProviderStub.class.getResourceAsStream("/test-keys/public.pem")) {
            return (RSAPublicKey) KeyUtils.decodePublicKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test public key", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
