package nl.talentenbureau.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import nl.talentenbureau.gateway.GatewayConfig;
import nl.talentenbureau.gateway.routing.RouteTable;
import nl.talentenbureau.gateway.routing.Upstream;

/**
 * Serves the merged OpenAPI document at {@code /openapi}. It is built from each service's
 * {@code /q/openapi?format=json} and kept for {@code gateway.openapi.cache-for}; a document that misses a service
 * (listed in {@code x-unavailable}) is served but fetched again on the next call.
 */
@ApplicationScoped
public class MergedOpenApi {

    private record Cached(JsonObject document, long fetchedAt, boolean complete) {
    }

    private final GatewayConfig config;
    private final RouteTable routes;
    private final AtomicReference<Cached> cache = new AtomicReference<>();
    private HttpClient client;

    public MergedOpenApi(GatewayConfig config, RouteTable routes) {
        this.config = config;
        this.routes = routes;
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        document().onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .end(result.result().encodePrettily());
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    Future<JsonObject> document() {
        Cached cached = cache.get();
        if (cached != null && cached.complete()
                && System.nanoTime() - cached.fetchedAt() < config.openapi().cacheFor().toNanos()) {
            return Future.succeededFuture(cached.document());
        }
        List<Upstream> upstreams = routes.upstreams();
        List<Future<JsonObject>> fetches = new ArrayList<>();
        for (Upstream upstream : upstreams) {
            fetches.add(fetch(upstream));
        }
        return Future.join(fetches).transform(ignored -> {
            List<OpenApiMerger.ServiceDocument> documents = new ArrayList<>();
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < upstreams.size(); i++) {
                Future<JsonObject> fetch = fetches.get(i);
                if (fetch.succeeded()) {
                    documents.add(new OpenApiMerger.ServiceDocument(upstreams.get(i).name(), fetch.result()));
                } else {
                    Log.warnf("OpenAPI document of %s left out: %s", upstreams.get(i).name(),
                            fetch.cause().getMessage());
                    unavailable.add(upstreams.get(i).name());
                }
            }
            JsonObject merged = OpenApiMerger.merge(documents, unavailable, config.publicUrl(),
                    config.openapi().oidcDiscoveryUrl());
            cache.set(new Cached(merged, System.nanoTime(), unavailable.isEmpty()));
            return Future.succeededFuture(merged);
        });
    }

    private Future<JsonObject> fetch(Upstream upstream) {
        long timeout = config.openapi().fetchTimeout().toMillis();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.host())
                .setPort(upstream.port()).setSsl(upstream.ssl()).setURI("/q/openapi?format=json")
                .setConnectTimeout(timeout).setIdleTimeout(timeout)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        return client.request(options).compose(request -> request.send()).compose(response -> {
            if (response.statusCode() != 200) {
                response.body();
                return Future.failedFuture("HTTP " + response.statusCode());
            }
            return response.body().map(body -> body.toJsonObject());
        });
    }
}
