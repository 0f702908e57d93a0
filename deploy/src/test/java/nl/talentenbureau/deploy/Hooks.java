package nl.talentenbureau.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the end-to-end tests: answers 204 to every POST under {@code /hooks/} and keeps what it
 * got. The test stack lets request-service deliver to it over plain http on loopback.
 */
final class Hooks implements AutoCloseable {

    /** One delivery: the path it was sent to, its Standard Webhooks headers and the raw body. */
    record Delivery(String path, String id, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    Hooks() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("no webhook receiver", e);
        }
        server.createContext("/hooks/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Delivery(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    List<Delivery> received(String name) {
        return received.stream().filter(d -> d.path().equals("/hooks/" + name)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
