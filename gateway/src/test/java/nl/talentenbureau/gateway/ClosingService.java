package nl.talentenbureau.gateway;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.json.JsonObject;

/**
 * A matching-service that closes kept-alive connections: it answers the first request on each connection (keeping
 * the connection open, as HTTP/1.1 does) and closes the connection, unanswered, when a second request arrives on it,
 * as a service does that dropped an idle connection the gateway's pool still holds. Each answer echoes the method,
 * body and Idempotency-Key it got and {@code closed}: how many connections it has closed so far.
 */
public class ClosingService implements QuarkusTestResourceLifecycleManager {

    private static final AtomicInteger CLOSED = new AtomicInteger();

    private Vertx vertx;

    /** How many kept-alive connections the service has closed so far. */
    public static int closed() {
        return CLOSED.get();
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        AtomicInteger closed = CLOSED;
        Map<HttpConnection, AtomicInteger> requestsPerConnection = new java.util.concurrent.ConcurrentHashMap<>();
        int port = vertx.createHttpServer().requestHandler(request -> {
            HttpConnection connection = request.connection();
            int nth = requestsPerConnection.computeIfAbsent(connection, c -> {
                c.closeHandler(v -> requestsPerConnection.remove(c));
                return new AtomicInteger();
            }).incrementAndGet();
            if (nth > 1) {
                closed.incrementAndGet();
                connection.close();
                return;
            }
            request.body().onSuccess(body -> request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("method", request.method().name()).put("body", body.toString())
                            .put("idempotencyKey", request.getHeader("Idempotency-Key"))
                            .put("closed", closed.get()).encode()));
        }).listen(0).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join().actualPort();
        return Map.of("gateway.routes.matching", "http://localhost:" + port);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
