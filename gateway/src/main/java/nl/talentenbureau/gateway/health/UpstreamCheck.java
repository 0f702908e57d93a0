package nl.talentenbureau.gateway.health;

import java.net.URI;
import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Asks one service for its own readiness, on the service's management interface (health and metrics have their own
 * port there, which the gateway never routes). The check itself is always UP: one service being down must not take the
 * front door away (the other services' routes still work); its data says whether the service answered
 * ({@code state: UP|DOWN}), so monitoring sees which one is down.
 */
abstract class UpstreamCheck implements AsyncHealthCheck {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final String name;
    private final URI management;
    private final HttpClient client;

    UpstreamCheck(String name, URI management, Vertx vertx) {
        this.name = name;
        this.management = management;
        this.client = vertx.createHttpClient();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        boolean ssl = "https".equals(management.getScheme());
        int port = management.getPort() != -1 ? management.getPort() : ssl ? 443 : 80;
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(management.getHost())
                .setPort(port).setSsl(ssl).setURI("/q/health/ready")
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
        return HealthCheckResponse.named(name).up()
                .withData("state", state)
                .withData("url", management.toString())
                .withData("detail", detail)
                .build();
    }
}
