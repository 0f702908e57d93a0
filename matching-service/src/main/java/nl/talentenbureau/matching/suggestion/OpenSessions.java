package nl.talentenbureau.matching.suggestion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * The scheduled sessions per training, from volunteer-service at the moment a coordinator asks (sessions are
 * volunteer-service's; matching keeps no copy). One call with the caller's own token. A GET, so it is retried once;
 * when volunteer-service is down, slow or refuses, the answer is {@link Sessions#unavailable()}, so the suggestions
 * still answer, without sessions.
 */
@ApplicationScoped
public class OpenSessions {

    /** The sessions found per training (scheduled ones, by date), and whether volunteer-service answered. */
    public record Sessions(boolean available, Map<String, List<SessionRow>> byTraining) {

        static Sessions unavailable() {
            return new Sessions(false, Map.of());
        }

        List<SessionRow> of(String training) {
            return byTraining.getOrDefault(training, List.of());
        }
    }

    private final SessionsApi api;

    public OpenSessions(@RestClient SessionsApi api) {
        this.api = api;
    }

    /**
     * @param training one training, or null for every training
     * @param bearerToken the caller's raw access token
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Sessions from(String training, LocalDate from, String bearerToken) {
        List<SessionRow> rows = api.from(training, from.toString(), "Bearer " + bearerToken);
        Map<String, List<SessionRow>> byTraining = rows == null
                ? Map.of()
                : rows.stream().filter(r -> SessionRow.SCHEDULED.equals(r.status()) && r.training() != null)
                        .collect(Collectors.groupingBy(SessionRow::training));
        return new Sessions(true, byTraining);
    }

    Sessions unavailable(String training, LocalDate from, String bearerToken) {
        Log.warn("volunteer-service did not answer the training sessions: suggestions answer without them");
        return Sessions.unavailable();
    }
}
