package nl.talentenbureau.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running local stack ({@code ./deploy/local/run}) as the load sees it: its addresses (system properties
 * {@code gateway}, {@code matching}, {@code request}, {@code realm} override the launcher's fixed ports), real tokens from its
 * Keycloak for the demo log-ins (password grant for people, client credentials for partner apps), and the demo
 * data's open help requests. Tokens are never printed.
 */
public final class Stack {

    public static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080");
    public static final String MATCHING = System.getProperty("matching", "http://localhost:8083");
    public static final String REQUEST = System.getProperty("request", "http://localhost:8082");
    public static final String REALM = System.getProperty("realm", "http://localhost:8180/realms/talentenbureau");

    public static final String COORDINATOR = "coordinator-handjehelpen";
    public static final String VOLUNTEER = "volunteer-anna";
    public static final String PARTNER = "partner-handjehelpen";
    /** The end of the title of every help request the load posts. */
    public static final String LOAD_MARK = "(load)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Stack() {
    }

    /** The new help request a partner app posts in the load: a one-off request two weeks ahead, marked as load. */
    public static String intakeBody() {
        return """
                {"requesterKind":"SENIOR","title":"Hulp bij DigiD %s","theme":"digital","kern":"breukelen",\
                "talents":[{"code":"digital-help","minLevel":1}],"volunteersNeeded":1,\
                "schedule":{"type":"ONE_OFF","date":"%s","dayParts":["MORNING"]},"urgency":"NORMAL",\
                "requester":{"name":"mevrouw J. de Boer","phone":"+31 6 11112222"}}""".formatted(LOAD_MARK,
                LocalDate.now().plusDays(14));
    }

    /** A demo person's access token (the demo realm: the password is the user name). */
    public static String personToken(String user) {
        return token(Map.of("grant_type", "password", "client_id", "talentenbureau-cli", "username", user,
                "password", user));
    }

    /** A partner app's access token (client credentials; the demo secret is the client id + "-secret"). */
    public static String partnerToken(String clientId) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret",
                clientId + "-secret"));
    }

    /**
     * The ids of the coordinator's OPEN demo help requests whose candidates matching-service answers, through the
     * gateway. The requests an earlier intake run posted are left out, and so is a request matching-service answers
     * 404 for (not followed yet; on the stack measured in docs/performance.md 30 of 51 demo requests were).
     */
    public static List<String> openRequestIds(String coordinatorToken) {
        // every page: the load's own requests (newest first, after a run of intake there are thousands) are skipped
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 1_000; page++) {
            JsonNode items = get(GATEWAY + "/api/requests?status=OPEN&size=200&page=" + page, coordinatorToken)
                    .path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> {
                String id = item.path("id").asText();
                if (!item.path("title").asText().endsWith(LOAD_MARK)
                        && status(GATEWAY + "/api/candidates?limit=1&requestId=" + id, coordinatorToken) == 200) {
                    ids.add(id);
                }
            });
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no OPEN help request with candidates: start the stack with its demo data");
        }
        return ids;
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        JsonNode answer = send(request, "Keycloak's token endpoint (" + REALM + ")");
        return answer.path("access_token").asText();
    }

    private static JsonNode get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                url);
    }

    private static int status(String url, String token) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(url + " cannot be reached: start the stack first (./deploy/local/run)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + response.statusCode()
                        + ": is the stack running (./deploy/local/run)?");
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(what + " cannot be reached: start the stack first (./deploy/local/run)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
