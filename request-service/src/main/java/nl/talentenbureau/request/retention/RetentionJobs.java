package nl.talentenbureau.request.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.request.RequestConfig;
import nl.talentenbureau.request.request.RequestService;

/**
 * The scheduled jobs that end things: requests past their due date or maximum age expire, and the requester's
 * personal data is erased {@code request.retention.erase-after} after the request ended. Each request is its own
 * transaction, so one slow row never holds the others.
 */
@ApplicationScoped
public class RetentionJobs {

    private final RequestService requests;
    private final RequestConfig config;

    public RetentionJobs(RequestService requests, RequestConfig config) {
        this.requests = requests;
        this.config = config;
    }

    @Scheduled(every = "${request.expiry.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledExpiry() {
        expireDue(LocalDate.now(), OffsetDateTime.now());
    }

    @Scheduled(every = "${request.retention.every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledErasure() {
        eraseExpiredPersonalData(OffsetDateTime.now());
    }

    /** Expires what is due on {@code today}; returns how many requests expired. */
    public int expireDue(LocalDate today, OffsetDateTime now) {
        OffsetDateTime createdBefore = now.minus(config.expiry().maxAge());
        int expired = 0;
        for (UUID id : requests.dueForExpiry(today, createdBefore)) {
            if (requests.expire(id, today, createdBefore)) {
                expired++;
            }
        }
        if (expired > 0) {
            Log.infof("expired %d requests", expired);
        }
        return expired;
    }

    /** Erases the requester's data of requests that ended before {@code now} minus the retention period. */
    public int eraseExpiredPersonalData(OffsetDateTime now) {
        List<UUID> ended = requests.endedBefore(now.minus(config.retention().eraseAfter()));
        int erased = ended.isEmpty() ? 0 : requests.eraseRequestersOf(ended);
        if (erased > 0) {
            Log.infof("erased the personal data of %d requesters", erased);
        }
        return erased;
    }
}
