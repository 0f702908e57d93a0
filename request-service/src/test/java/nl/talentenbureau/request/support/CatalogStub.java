package nl.talentenbureau.request.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** volunteer-service's catalogue, served with fixed lists from a JDK HTTP server on a random port. */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> LISTS = Map.of(
            "/api/catalog/kernen",
            """
                    [{"code": "breukelen", "name": "Breukelen", "municipality": "Stichtse Vecht", "lat": 52.17, "lon": 5.0},
                     {"code": "maarssen", "name": "Maarssen", "municipality": "Stichtse Vecht", "lat": 52.13, "lon": 5.03},
                     {"code": "dronten", "name": "Dronten", "municipality": "Dronten", "lat": 52.52, "lon": 5.72}]""",
            "/api/catalog/themes", """
                    [{"code": "digital", "nameNl": "Digitaal", "nameEn": "Digital"},
                     {"code": "practical", "nameNl": "Praktisch", "nameEn": "Practical"}]""",
            "/api/catalog/talents", """
                    [{"code": "digital-help", "theme": "digital", "retiredAt": null},
                     {"code": "driving", "theme": "practical", "retiredAt": null},
                     {"code": "typewriter-repair", "theme": "practical", "retiredAt": "2025-01-01T00:00:00Z"}]""",
            "/api/catalog/trainings", """
                    [{"code": "first-aid", "nameNl": "EHBO", "nameEn": "First aid", "validYears": 2},
                     {"code": "telex", "nameNl": "Telex", "nameEn": "Telex", "retiredAt": "2020-01-01T00:00:00Z"}]""");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/catalog", exchange -> {
            String body = LISTS.get(exchange.getRequestURI().getPath());
            boolean authorised = exchange.getRequestHeaders().getFirst("Authorization") != null;
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(!authorised ? 401 : body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.catalog.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
