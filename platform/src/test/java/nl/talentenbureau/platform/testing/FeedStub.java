package nl.talentenbureau.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The feeds a service follows, and the realm's token endpoint, served by a JDK HTTP server on a random port for
 * {@code @QuarkusTest}s: {@code @QuarkusTestResource(value = FeedStub.class, initArgs = @ResourceArg(name = "feeds",
 * value = "volunteers,requests"))}. Each feed answers at {@code /{feed}/internal/events} in the platform feed's page
 * shape (with {@code aggregateType} filter and {@code head}), only to the bearer token {@link #TOKEN}, which the token
 * endpoint hands out for the client-credentials grant (so the service's quarkus-oidc-client does the real grant).
 * Tests drive it over HTTP through {@link StubFeeds} (test and resource may live in different class loaders).
 * Sets {@code follower.feeds.<feed>.url}, {@code quarkus.oidc-client.auth-server-url} and {@code feed-stub.url}.
 */
public class FeedStub implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "stub-feed-token";
    static final String TOKEN_PATH = "/realm/protocol/openid-connect/token";

    private final AtomicLong seq = new AtomicLong();
    private final Map<String, List<Event>> events = new ConcurrentHashMap<>();
    private final Map<String, Long> lastAfter = new ConcurrentHashMap<>();
    private final Map<String, Boolean> down = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private List<String> feeds = List.of();
    private String preload;
    private HttpServer server;

    private record Event(long seq, String aggregateType, String json) {
    }

    /**
     * {@code feeds}: the feed names, comma-separated; {@code preload} (optional): the class name of a
     * {@code Supplier<List<StubEvent>>} whose events every feed it names holds from the start (a catalogue, say).
     */
    @Override
    public void init(Map<String, String> initArgs) {
        feeds = Arrays.stream(initArgs.getOrDefault("feeds", "").split(",")).map(String::trim)
                .filter(f -> !f.isEmpty()).toList();
        preload = initArgs.get("preload");
    }

    /** An event a test resource puts in a feed before the service starts. */
    public record StubEvent(String feed, String type, String aggregateType, String aggregateId, String payload) {
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new HashMap<>();
        for (String feed : feeds) {
            events.put(feed, new ArrayList<>());
            server.createContext("/" + feed + "/internal/events", exchange -> feed(feed, exchange));
            server.createContext("/" + feed + "/stub/", exchange -> control(feed, exchange));
            config.put("follower.feeds." + feed + ".url", base + "/" + feed);
        }
        if (preload != null) {
            for (StubEvent event : preloaded()) {
                add(event.feed(), event.type(), event.aggregateType(), event.aggregateId(), event.payload());
            }
        }
        server.createContext(TOKEN_PATH, this::token);
        server.createContext("/stub/tokens-issued", exchange -> answer(exchange, 200,
                String.valueOf(tokensIssued.get())));
        // a thread per exchange: a long-poll must not hold up the test's appends
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        config.put("quarkus.oidc-client.auth-server-url", base + "/realm");
        config.put("feed-stub.url", base);
        return config;
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean clientCredentials = query(form).get("grant_type") != null
                && query(form).get("grant_type").equals("client_credentials");
        boolean authenticated = authorization != null && authorization.startsWith("Basic ")
                || query(form).containsKey("client_secret");
        if (!clientCredentials || !authenticated) {
            answer(exchange, 401, "{\"error\": \"invalid_client\"}");
            return;
        }
        tokensIssued.incrementAndGet();
        answer(exchange, 200, "{\"access_token\": \"" + TOKEN + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}");
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
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        Set<String> types = query.containsKey("aggregateType")
                ? Set.of(query.get("aggregateType").split(","))
                : Set.of();
        lastAfter.put(feed, after);
        long deadline = System.nanoTime() + Long.parseLong(query.getOrDefault("waitSeconds", "0")) * 1_000_000_000L;
        List<Event> page;
        long head;
        while (true) {
            synchronized (events) {
                List<Event> all = events.get(feed);
                head = all.isEmpty() ? 0 : all.getLast().seq();
                page = all.stream().filter(e -> e.seq() > after)
                        .filter(e -> types.isEmpty() || types.contains(e.aggregateType())).limit(limit).toList();
            }
            // a long-poll, like the platform feed: wait for a first event up to waitSeconds
            if (!page.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            sleep();
        }
        long next = page.isEmpty() ? Math.max(after, head) : page.getLast().seq();
        answer(exchange, 200, "{\"events\": [" + page.stream().map(Event::json).collect(Collectors.joining(", "))
                + "], \"next\": " + next + ", \"head\": " + head + "}");
    }

    private void control(String feed, HttpExchange exchange) throws IOException {
        String action = exchange.getRequestURI().getPath().substring(("/" + feed + "/stub/").length());
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        switch (action) {
            case "events" -> {
                String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                long position = add(feed, query.get("type"), query.getOrDefault("aggregateType", feed),
                        query.get("aggregateId"), payload);
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

    private long add(String feed, String type, String aggregateType, String aggregateId, String payload) {
        synchronized (events) {
            long position = seq.incrementAndGet();
            events.get(feed).add(new Event(position, aggregateType, "{\"seq\": " + position + ", \"id\": \""
                    + UUID.randomUUID() + "\", \"aggregateType\": \"" + aggregateType + "\", \"aggregateId\": \""
                    + aggregateId + "\", \"type\": \"" + type + "\", \"occurredAt\": \""
                    + OffsetDateTime.now() + "\", \"payload\": " + payload + "}"));
            return position;
        }
    }

    @SuppressWarnings("unchecked")
    private List<StubEvent> preloaded() {
        try {
            return ((Supplier<List<StubEvent>>) Class.forName(preload, true, getClass().getClassLoader())
                    .getDeclaredConstructor().newInstance()).get();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot preload the stub feeds from " + preload, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
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

    /** The URI of the stub's control path, for {@link StubFeeds}. */
    static URI control(String base, String path) {
        return URI.create(base + path);
    }
}
