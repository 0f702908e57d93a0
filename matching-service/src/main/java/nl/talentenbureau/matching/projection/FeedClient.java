package nl.talentenbureau.matching.projection;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

import nl.talentenbureau.matching.MatchingConfig;

/**
 * Reads the two feeds. Reading a feed is idempotent, so it is retried; a feed that keeps failing opens the circuit
 * and the fallback answers "unreachable" (nothing to apply): matching goes on with the projection it has.
 */
@ApplicationScoped
public class FeedClient {

    private final VolunteerFeedApi volunteers;
    private final RequestFeedApi requests;
    private final FeedToken token;
    private final int pageSize;

    FeedClient(@RestClient VolunteerFeedApi volunteers, @RestClient RequestFeedApi requests, FeedToken token,
            MatchingConfig config) {
        this.volunteers = volunteers;
        this.requests = requests;
        this.token = token;
        this.pageSize = config.feed().pageSize();
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "volunteersUnreachable")
    public FeedPage volunteerEvents(long after) {
        return volunteers.events(after, pageSize, token.bearer());
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "requestsUnreachable")
    public FeedPage requestEvents(long after) {
        return requests.events(after, pageSize, token.bearer());
    }

    FeedPage volunteersUnreachable(long after) {
        Log.warnf("volunteer feed unreachable after %d", after);
        token.reset();
        return FeedPage.unreachable(after);
    }

    FeedPage requestsUnreachable(long after) {
        Log.warnf("request feed unreachable after %d", after);
        token.reset();
        return FeedPage.unreachable(after);
    }
}
