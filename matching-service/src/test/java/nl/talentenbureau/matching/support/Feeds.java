package nl.talentenbureau.matching.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Appends events to {@link FeedStub}'s feeds and reads what the service asked it. */
public final class Feeds {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Feeds() {
    }

    /** Appends a volunteer event carrying this snapshot; answers its seq. */
    public static long volunteerEvent(String type, VolunteerEvent snapshot) {
        return append("volunteer", type, snapshot.id(), snapshot.json());
    }

    public static long volunteerErased(UUID id) {
        return append("volunteer", "VolunteerErased", id, json(Map.of("id", id.toString())));
    }

    public static long requestEvent(String type, RequestEvent snapshot) {
        return append("request", type, snapshot.id(), snapshot.json());
    }

    /** The {@code after} the service sent on its last call of that feed ("volunteer" or "request"). */
    public static long lastAfter(String feed) {
        return Long.parseLong(call("GET", "/" + feed + "/stub/last-after", null));
    }

    public static void down(String feed, boolean on) {
        call("POST", "/" + feed + "/stub/down?on=" + on, "");
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long append(String feed, String type, UUID id, String payload) {
        return Long.parseLong(call("POST", "/" + feed + "/stub/events?type=" + type + "&aggregateId=" + id, payload));
    }

    private static String call(String method, String path, String body) {
        String base = ConfigProvider.getConfig().getValue("feed-stub.url", String.class);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        request = "GET".equals(method)
                ? request.GET()
                : request.POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
