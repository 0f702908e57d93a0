package nl.talentenbureau.request.matchfeed;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

import nl.talentenbureau.request.RequestConfig;

/**
 * Reads matching-service's feed. Reading is idempotent, so it is retried; a feed that keeps failing opens the circuit
 * and the fallback answers "unreachable" (nothing to apply): requests simply stay where they are until it is back.
 */
@ApplicationScoped
public class MatchFeedClient {

    private final MatchFeedApi api;
    private final MatchFeedToken token;
    private final int pageSize;

    MatchFeedClient(@RestClient MatchFeedApi api, MatchFeedToken token, RequestConfig config) {
        this.api = api;
        this.token = token;
        this.pageSize = config.matchingFeed().pageSize();
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unreachable")
    public FeedPage events(long after) {
        return api.events(after, pageSize, token.bearer());
    }

    FeedPage unreachable(long after) {
        Log.warnf("matching feed unreachable after %d", after);
        // a 401 after a key rotation or an expired token: fetch a fresh one next time
        token.reset();
        return FeedPage.unreachable(after);
    }
}
