package nl.talentenbureau.platform.testing;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;

/** Drives {@link FeedStub} from a test: appends events, takes a feed down, reads what the service asked. */
public final class StubFeeds {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StubFeeds() {
    }

    /** Appends an event with this JSON payload to the feed; answers its seq. */
    public static long append(String feed, String type, String aggregateType, Object aggregateId, String payload) {
        return Long.parseLong(call("POST", "/" + feed + "/stub/events?type=" + encode(type) + "&aggregateType="
                + encode(aggregateType) + "&aggregateId=" + encode(String.valueOf(aggregateId)), payload));
    }

    /** Appends an event made like the stub's preloaded ones; answers its seq. */
    public static long append(FeedStub.StubEvent event) {
        return append(event.feed(), event.type(), event.aggregateType(), event.aggregateId(), event.payload());
    }

    /** The {@code after} the service sent on its last read of the feed; -1 before the first. */
    public static long lastAfter(String feed) {
        return Long.parseLong(call("GET", "/" + feed + "/stub/last-after", null));
    }

    /** Makes the feed answer 503 ({@code true}) or serve again. */
    public static void down(String feed, boolean on) {
        call("POST", "/" + feed + "/stub/down?on=" + on, "");
    }

    /** How many tokens the stub's token endpoint issued so far. */
    public static int tokensIssued() {
        return Integer.parseInt(call("GET", "/stub/tokens-issued", null));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String call(String method, String path, String body) {
        String base = ConfigProvider.getConfig().getValue("feed-stub.url", String.class);
        HttpRequest.Builder request = HttpRequest.newBuilder(FeedStub.control(base, path));
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
