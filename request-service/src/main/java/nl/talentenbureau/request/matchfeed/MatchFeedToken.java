package nl.talentenbureau.request.matchfeed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.request.RequestConfig;

/**
 * The bearer token for reading the matching feed: the realm's {@code request-service} client's own token (client-credentials
 * grant, role {@code service}), kept until shortly before it expires. With {@code request.matching-feed.static-token} set,
 * that token instead (tests). quarkus-oidc-client is not served by this machine's Maven mirror, so the grant is one
 * form POST here.
 */
@ApplicationScoped
public class MatchFeedToken {

    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final RequestConfig.MatchingFeed config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    MatchFeedToken(RequestConfig config, ObjectMapper json) {
        this.config = config.matchingFeed();
        this.json = json;
    }

    public synchronized String bearer() {
        if (config.staticToken().isPresent()) {
            return "Bearer " + config.staticToken().get();
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
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId()) + "&client_secret="
                + encode(config.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.tokenUrl()))
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
