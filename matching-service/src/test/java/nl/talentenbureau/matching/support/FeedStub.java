package nl.talentenbureau.matching.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The volunteer and request feeds ({@code GET /volunteer/internal/events}, {@code GET /request/internal/events}),
 * served by a JDK HTTP server on a random port from events the tests append. Tests talk to it over HTTP (the test
 * and this resource may live in different class loaders):
 * <ul>
 * <li>{@code POST /{feed}/stub/events?type=T&aggregateId=ID} with the payload as body appends an event and answers
 * its seq;</li>
 * <li>{@code GET /{feed}/stub/last-after} answers the {@code after} of the last feed call;</li>
 * <li>{@code POST /{feed}/stub/down?on=true|false} makes the feed answer 503.</li>
 * </ul>
 * The feed answers 401 without the test profile's static bearer token.
 */
public class FeedStub implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "stub-feed-token";

    private final AtomicLong seq = new AtomicLong();
    private final Map<String, List<Event>> events = new ConcurrentHashMap<>();
    private final Map<String, Long> lastAfter = new ConcurrentHashMap<>();
    private final Map<String, Boolean> down = new ConcurrentHashMap<>();
    private HttpServer server;

    private record Event(long seq, String json) {
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String feed : List.of("volunteer", "request")) {
            events.put(feed, new ArrayList<>());
            server.createContext("/" + feed + "/internal/events", exchange -> feed(feed, exchange));
            server.createContext("/" + feed + "/stub/", exchange -> control(feed, exchange));
        }
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "quarkus.rest-client.volunteer-feed.url", base + "/volunteer",
                "quarkus.rest-client.request-feed.url", base + "/request",
                "feed-stub.url", base);
    }

    private void feed(String feed, HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{}");
            return;
        }
        if (down.getOrDefault(feed, false)) {
            answer(exchange, 503, "{}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        lastAfter.put(feed, after);
        List<Event> page;
        synchronized (events) {
            page = events.get(feed).stream().filter(e -> e.seq() > after).limit(limit).toList();
        }
        long next = page.isEmpty() ? after : page.getLast().seq();
        answer(exchange, 200, "{\"events\": [" + page.stream().map(Event::json).collect(Collectors.joining(", "))
                + "], \"next\": " + next + "}");
    }

    private void control(String feed, HttpExchange exchange) throws IOException {
        String action = exchange.getRequestURI().getPath().substring(("/" + feed + "/stub/").length());
        Map<String, String> query = query(exchange.getRequestURI());
        switch (action) {
            case "events" -> {
                String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                long position;
                synchronized (events) {
                    position = seq.incrementAndGet();
                    events.get(feed).add(new Event(position, "{\"seq\": " + position + ", \"id\": \""
                            + UUID.randomUUID() + "\", \"aggregateType\": \"" + feed + "\", \"aggregateId\": \""
                            + query.get("aggregateId") + "\", \"type\": \"" + query.get("type")
                            + "\", \"occurredAt\": \"2026-05-04T10:15:30+02:00\", \"payload\": " + payload + "}"));
                }
                answer(exchange, 200, String.valueOf(position));
            }
            case "last-after" -> answer(exchange, 200, String.valueOf(lastAfter.getOrDefault(feed, -1L)));
            case "down" -> {
                down.put(feed, Boolean.parseBoolean(query.get("on")));
                answer(exchange, 200, "ok");
            }
            default -> answer(exchange, 404, "{}");
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
