package nl.talentenbureau.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A small JSON-over-HTTP client with real tokens from Keycloak. */
public final class Api {

    /** An answer: status and body, parsed as JSON when it is JSON. */
    public record Answer(int status, JsonNode json, String body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        long retryAfter() {
            return headers.firstValueAsLong("Retry-After").orElse(1);
        }

        public Answer expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": expected " + expected + ", got " + status + " " + body);
            }
            return this;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tokenUrl;

    public Api(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** Password grant through the public CLI client (the demo realm allows it). */
    public String token(DemoAccounts.User user) {
        return accessToken(Map.of("grant_type", "password", "client_id", DemoAccounts.CLI_CLIENT, "username",
                user.username(), "password", user.password()));
    }

    /** Client credentials of a confidential client (partner app or service). */
    public String token(DemoAccounts.Client client) {
        return accessToken(Map.of("grant_type", "client_credentials", "client_id", client.clientId(), "client_secret",
                client.secret()));
    }

    /** A token from the token endpoint for any grant. */
    public String accessToken(Map<String, String> form) {
        Answer answer = form(tokenUrl, form).expect(200,
                "token for " + form.getOrDefault("username", form.get("client_id")));
        return answer.json().path("access_token").asText();
    }

    /** A form post (a token request, for instance), answered as it comes. */
    public Answer form(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request);
    }

    public Answer get(String url, String token) {
        return call("GET", url, token, Map.of(), null);
    }

    public Answer post(String url, String token, Object body) {
        return call("POST", url, token, Map.of(), body);
    }

    /** A PUT without a body, as the consent and membership endpoints take. */
    public Answer put(String url, String token) {
        return call("PUT", url, token, Map.of(), null);
    }

    public Answer put(String url, String token, Object body) {
        return call("PUT", url, token, Map.of(), body);
    }

    /**
     * Any call: {@code body} is written as JSON when not null (a String is sent as it is). A 429 from the gateway's
     * rate limit is waited out ({@code Retry-After}) and the call repeated, up to three times.
     */
    public Answer call(String method, String url, String token, Map<String, String> headers, Object body) {
        HttpRequest.Builder builder = authorised(url, token);
        headers.forEach(builder::header);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : write(body)));
        }
        HttpRequest request = builder.build();
        for (int attempt = 1;; attempt++) {
            Answer answer = send(request);
            if (answer.status() != 429 || attempt > 3) {
                return answer;
            }
            Processes.sleep(Duration.ofSeconds(Math.min(5, Math.max(1, answer.retryAfter()))));
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body, e);
        }
    }

    private static HttpRequest.Builder authorised(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** The claims of a JWT, read without checking the signature (the services check it). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
