package nl.talentenbureau.notification.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the embedded SMTP server received, and switching it off and on ({@link SmtpResource}). */
public final class Mailbox {

    private Mailbox() {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String control(String command) {
        String base = ConfigProvider.getConfig().getValue("smtp-stub.url", String.class);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/" + command)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(command + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<Map<String, String>> all() {
        try {
            return JSON.readValue(control("messages"), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Map<String, String>> to(String address) {
        return all().stream().filter(m -> address.equalsIgnoreCase(m.get("to"))).toList();
    }

    /** Waits until the address has at least {@code count} messages, then a moment more to see none comes extra. */
    public static List<Map<String, String>> await(String address, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> to(address).size() >= count);
        return to(address);
    }

    public static void stop() {
        control("stop");
    }

    public static void start() {
        control("start");
    }
}
