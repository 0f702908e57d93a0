package nl.talentenbureau.volunteer.privacy;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * What matching-service holds on a volunteer, for their export, asked at export time with the caller's own bearer
 * token (as matching's call list asks this service for contacts). A GET, so it is retried once; when matching is
 * down, slow or refuses, the answer is {@link MatchingExport#unavailable()}, so the export still answers and says
 * which part is missing.
 */
@ApplicationScoped
public class MatchingRecords {

    private final MatchingApi api;

    public MatchingRecords(@RestClient MatchingApi api) {
        this.api = api;
    }

    /** The caller's own (role volunteer). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailableOwn")
    public MatchingExport own(String bearerToken) {
        return answered(api.own("Bearer " + bearerToken));
    }

    /** Any volunteer's (role admin). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailableOf")
    public MatchingExport of(UUID volunteerId, String bearerToken) {
        return answered(api.of(volunteerId, "Bearer " + bearerToken));
    }

    private static MatchingExport answered(MatchingExport answer) {
        if (answer == null) {
            throw new IllegalStateException("matching-service answered no body");
        }
        return answer.answered();
    }

    MatchingExport unavailableOwn(String bearerToken) {
        Log.warn("matching-service did not answer an export: answering without its part");
        return MatchingExport.unavailable();
    }

    MatchingExport unavailableOf(UUID volunteerId, String bearerToken) {
        Log.warnf("matching-service did not answer the export of volunteer %s: answering without its part",
                volunteerId);
        return MatchingExport.unavailable();
    }
}
