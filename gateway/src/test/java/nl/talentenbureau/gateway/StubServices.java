package nl.talentenbureau.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Four stub services and a stub web app on random ports, one per route. Each echoes what reached it (service, method,
 * path, query, Authorization, X-Request-Id, body, Cookie, Forwarded and the X-Forwarded headers); a path ending in
 * {@code /sign-in} sets a cookie, one ending in {@code /created} answers 201 with a Location built from the
 * forwarded host as a service does, one under {@code /nothing} is 404 with an HTML page, one ending in {@code /own-policy} sends its own Content-Security-Policy; a path
 * containing {@code /slow} answers only after 4 s; one ending in {@code /streamed} answers in chunks of unknown total
 * length, one ending in {@code /cut-off} closes its connection in the middle of such an answer; every stub is
 * ready at {@code /q/health/ready} on a port of its own (the management interface); volunteer-service, request-service and notification-service serve a small
 * OpenAPI document, matching-service and the web app none. With the argument {@code down=matching,notification,web}
 * those get a closed port instead.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static final long SLOW_MILLIS = 4_000;
    public static final int STREAMED_PARTS = 50;

    private Vertx vertx;
    private List<String> down = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        down = List.of(initArgs.getOrDefault("down", "").split(","));
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("volunteer", "request", "matching", "notification", "web")) {
            int port = down.contains(service)
                    ? closedPort()
                    : startStub(service.equals("web") ? "web" : service + "-service");
            config.put("gateway.routes." + service, "http://localhost:" + port);
            // a stub's health answers on a port of its own, as a service's management interface does
            int management = down.contains(service) ? closedPort() : startHealth();
            config.put("gateway.health." + service, "http://localhost:" + management);
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private int startStub(String service) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> answer(service, request));
        return server.listen(0).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join()
                .actualPort();
    }

    private int startHealth() {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/ready")) {
                request.response().putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"UP\",\"checks\":[]}");
            } else {
                request.response().setStatusCode(404).end();
            }
        });
        return server.listen(0).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join()
                .actualPort();
    }

    private void answer(String service, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/health/ready")) {
            // health is on the management port; a service's HTTP port has none
            request.response().setStatusCode(404).end();
        } else if (path.equals("/q/openapi")) {
            if (service.equals("matching-service") || service.equals("web")) {
                request.response().setStatusCode(404).end();
            } else {
                request.response().putHeader("Content-Type", "application/json").end(openApi(service).encode());
            }
        } else if (path.startsWith("/nothing")) {
            // a path nobody serves: the web app's "no such page", an HTML page for a browser
            request.response().setStatusCode(404).putHeader("Content-Type", "text/html; charset=utf-8")
                    .end("<!DOCTYPE html><html><body><h1>Pagina niet gevonden</h1></body></html>");
        } else if (path.endsWith("/streamed") || path.endsWith("/cut-off")) {
            var response = request.response().setChunked(true).putHeader("Content-Type", "text/plain");
            for (int part = 1; part <= STREAMED_PARTS; part++) {
                response.write("part " + part + "\n");
            }
            if (path.endsWith("/cut-off")) {
                vertx.setTimer(50, id -> request.connection().close());
            } else {
                response.end();
            }
        } else {
            request.body().onSuccess(body -> {
                JsonObject echo = new JsonObject()
                        .put("service", service)
                        .put("method", request.method().name())
                        .put("path", path)
                        .put("query", request.query())
                        .put("authorization", request.getHeader("Authorization"))
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("body", body.toString())
                        .put("cookie", request.getHeader("Cookie"))
                        .put("forwarded", request.getHeader("Forwarded"))
                        .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                        .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                        .put("forwardedPort", request.getHeader("X-Forwarded-Port"))
                        .put("transferEncoding", request.getHeader("Transfer-Encoding"))
                        .put("contentLength", request.getHeader("Content-Length"))
                        .put("hopByHop", hopByHop(request));
                if (path.endsWith("/sign-in")) {
                    request.response().putHeader("Set-Cookie", "q_session=opaque; Path=/; HttpOnly; SameSite=Lax");
                }
                if (path.endsWith("/created")) {
                    // as a service does behind a trusted proxy (quarkus.http.proxy.*): its Location is built from
                    // the forwarded scheme and host, else from the address it was called on
                    String proto = Optional.ofNullable(request.getHeader("X-Forwarded-Proto")).orElse("http");
                    String host = Optional.ofNullable(request.getHeader("X-Forwarded-Host"))
                            .orElse(request.authority().toString());
                    request.response().setStatusCode(201).putHeader("Location", proto + "://" + host + path + "/42");
                }
                if (path.endsWith("/own-policy")) {
                    request.response().putHeader("Content-Security-Policy", "default-src 'none'");
                }
                long delay = path.contains("/slow") ? SLOW_MILLIS : 0;
                Runnable reply = () -> request.response().putHeader("Content-Type", "application/json")
                        .end(echo.encode());
                if (delay > 0) {
                    vertx.setTimer(delay, id -> reply.run());
                } else {
                    reply.run();
                }
            });
        }
    }

    /** The hop-by-hop headers (RFC 9110, 7.6.1) that reached the service, which a proxy must not pass on. */
    private static String hopByHop(HttpServerRequest request) {
        return String.join(",", request.headers().names().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> List.of("keep-alive", "proxy-authorization", "te", "trailer", "x-hop").contains(name))
                .sorted().toList());
    }

    /** A small document shaped like the services': its own path, the shared Problem schema, the oidc scheme. */
    static JsonObject openApi(String service) {
        String path = switch (service) {
            case "volunteer-service" -> "/api/volunteers";
            case "notification-service" -> "/api/notifications";
            default -> "/api/requests";
        };
        String view = switch (service) {
            case "volunteer-service" -> "VolunteerView";
            case "notification-service" -> "DeliveryView";
            default -> "RequestView";
        };
        JsonObject problem = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put("type", new JsonObject().put("type", "string")));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Talentenbureau " + service).put("version", "0.1.0"))
                .put("paths", new JsonObject().put(path, new JsonObject().put("get",
                        new JsonObject().put("summary", "List").put("tags", new JsonArray().add(service))))
                        // every service documents its feed, which the gateway never routes
                        .put("/internal/events", new JsonObject().put("get", new JsonObject().put("summary", "Feed"))))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put("Problem", problem)
                                .put(view, new JsonObject().put("type", "object")))
                        .put("securitySchemes", new JsonObject().put("oidc", new JsonObject()
                                .put("type", "openIdConnect").put("openIdConnectUrl", "http://stub/.well-known"))));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
