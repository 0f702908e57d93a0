package nl.talentenbureau.request.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * matching-service's feed ({@code GET /internal/events}, the platform feed's page shape), served by a JDK HTTP server
 * on a random port from events the tests append. Tests talk to it over HTTP (the test and this resource may live in
 * different class loaders), see {@link MatchEvents}:
 * <ul>
 * <li>{@code POST /stub/events?type=T&aggregateId=ID} with the payload as body appends an event, answers its seq;</li>
 * <li>{@code POST /stub/down?on=true|false} makes the feed answer 503.</li>
 * </ul>
 * The feed answers 401 without the test profile's static bearer token.
 */
public class MatchFeedStub implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "stub-feed-token";

    private final List<Event> events = new ArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
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
        server.createContext("/internal/events", this::feed);
        server.createContext("/stub/", this::control);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.matching-feed.url", base, "match-feed-stub.url", base);
    }

    private void feed(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{}");
            return;
        }
        if (down.get()) {
            answer(exchange, 503, "{}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<Event> page;
        synchronized (events) {
            page = events.stream().filter(e -> e.seq() > after).limit(limit).toList();
        }
        long next = page.isEmpty() ? after : page.getLast().seq();
        answer(exchange, 200, "{\"events\": [" + page.stream().map(Event::json).collect(Collectors.joining(", "))
                + "], \"next\": " + next + "}");
    }

    private void control(HttpExchange exchange) throws IOException {
        String action = exchange.getRequestURI().getPath().substring("/stub/".length());
        Map<String, String> query = query(exchange.getRequestURI());
        switch (action) {
            case "events" -> {
                String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                long position;
                synchronized (events) {
                    position = events.size() + 1L;
                    events.add(new Event(position, "{\"seq\": " + position + ", \"id\": \"" + UUID.randomUUID()
                            + "\", \"aggregateType\": \"match\", \"aggregateId\": \"" + query.get("aggregateId")
                            + "\", \"type\": \"" + query.get("type")
                            + "\", \"occurredAt\": \"2026-05-04T10:15:30+02:00\", \"payload\": " + payload + "}"));
                }
                answer(exchange, 200, String.valueOf(position));
            }
            case "down" -> {
                down.set(Boolean.parseBoolean(query.get("on")));
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
                values.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
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
