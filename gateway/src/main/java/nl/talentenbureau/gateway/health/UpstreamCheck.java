package nl.talentenbureau.gateway.health;

import java.time.Duration;
import java.util.stream.Stream;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import nl.talentenbureau.gateway.routing.RouteTable;
import nl.talentenbureau.gateway.routing.Upstream;

/**
 * Asks one service for its own readiness. The check itself is always UP: one service being down must not take the
 * front door away (the other services' routes still work); its data says whether the service answered
 * ({@code state: UP|DOWN}), so monitoring sees which one is down.
 */
abstract class UpstreamCheck implements AsyncHealthCheck {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Upstream upstream;
    private final HttpClient client;

    UpstreamCheck(String name, RouteTable routes, Vertx vertx) {
        this.upstream = Stream.concat(routes.upstreams().stream(), Stream.of(routes.web()))
                .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        this.client = vertx.createHttpClient();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.host())
                .setPort(upstream.port()).setSsl(upstream.ssl()).setURI("/q/health/ready")
                .setConnectTimeout(TIMEOUT.toMillis()).setIdleTimeout(TIMEOUT.toMillis());
        var answer = client.request(options).compose(request -> request.send()).map(response -> {
            response.body();
            return response.statusCode();
        });
        return Uni.createFrom().completionStage(answer.toCompletionStage())
                .map(status -> respond(status == 200 ? "UP" : "DOWN", "HTTP " + status))
                .onFailure().recoverWithItem(failure -> respond("DOWN", failure.getClass().getSimpleName()));
    }

    private HealthCheckResponse respond(String state, String detail) {
        return HealthCheckResponse.named(upstream.name()).up()
                .withData("state", state)
                .withData("url", upstream.url().toString())
                .withData("detail", detail)
                .build();
    }
}
