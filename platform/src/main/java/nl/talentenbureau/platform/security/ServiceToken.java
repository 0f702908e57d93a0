package nl.talentenbureau.platform.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's own bearer token for another service's feed: the client-credentials grant of its realm client (role
 * {@code service}), kept until shortly before it expires. With a static token configured, that token instead
 * (tests). quarkus-oidc-client is not served by this machine's Maven mirror, so the grant is one form POST here.
 */
public final class ServiceToken {

    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Optional<String> staticToken;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public ServiceToken(String tokenUrl, String clientId, String clientSecret, Optional<String> staticToken,
            ObjectMapper json) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.staticToken = staticToken;
        this.json = json;
    }

    /** {@code Bearer <token>}, fetched when there is none or it is about to expire. */
    public synchronized String bearer() {
        if (staticToken.isPresent()) {
            return "Bearer " + staticToken.get();
        }
        if (token == null || Instant.now().isAfter(expiresAt.minus(MARGIN))) {
            fetch();
        }
        return "Bearer " + token;
    }

    /** Forget the token (after a 401), so the next call fetches a fresh one. */
    public synchronized void reset() {
        token = null;
    }

    private void fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            token = body.path("access_token").asText();
            expiresAt = Instant.now().plusSeconds(body.path("expires_in").asLong(60));
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
