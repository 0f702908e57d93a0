package nl.talentenbureau.web.signin;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Whether Keycloak answers: every few seconds a GET of the realm's discovery document (the one quarkus-oidc read at
 * start), non-blocking with a short timeout. quarkus-oidc itself never asks Keycloak before it redirects a person there
 * to sign in, so without this the person would land on the browser's own "cannot connect" page. Until the first
 * answer Keycloak counts as reachable, so the app behaves as before.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private final HttpClient client;
    private final String discoveryUrl;
    private final long timeoutMillis;

    @Inject
    IdentityProviderProbe(Vertx vertx, @ConfigProperty(name = "web.sign-in.probe-url") String discoveryUrl,
            @ConfigProperty(name = "web.sign-in.probe-timeout-ms", defaultValue = "2000") long timeoutMillis) {
        this.discoveryUrl = discoveryUrl;
        this.timeoutMillis = timeoutMillis;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeoutMillis)
                .setKeepAlive(false));
    }

    /** False after the last probe found Keycloak unreachable (no connection, a timeout or no 200). */
    public boolean reachable() {
        return reachable.get();
    }

    @Scheduled(every = "${web.sign-in.probe-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> probe() {
        return Uni.createFrom()
                .completionStage(() -> client
                        .request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(discoveryUrl)
                                .setIdleTimeout(timeoutMillis))
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(ignored -> isOk(response)))
                        .toCompletionStage())
                .onFailure().recoverWithItem(false)
                .invoke(this::record)
                .replaceWithVoid();
    }

    private static boolean isOk(HttpClientResponse response) {
        return response.statusCode() == 200;
    }

    private void record(boolean answered) {
        if (reachable.getAndSet(answered) != answered) {
            if (answered) {
                Log.info("Keycloak answers again: sign-in is possible");
            } else {
                Log.warn("Keycloak does not answer: new sign-ins get the 'sign-in not possible' page");
            }
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
