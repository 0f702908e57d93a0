package nl.talentenbureau.request.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.request.RequestConfig;
import nl.talentenbureau.request.request.RequestLifecycle;
import nl.talentenbureau.request.request.RequesterPrivacy;

/**
 * The scheduled jobs that end things: requests past their due date or maximum age expire, and the requester's
 * personal data is erased {@code request.retention.erase-after} after the request ended. Short transactions only:
 * every expiry is its own, and erasure works in batches of {@code request.retention.batch-size} requests, each its own,
 * because each erasure appends an event and so holds the outbox lock until its transaction commits; partner intake
 * waits behind one batch at most, never behind the whole run.
 */
@ApplicationScoped
public class RetentionJobs {

    private final RequestLifecycle lifecycle;
    private final RequesterPrivacy privacy;
    private final RequestConfig config;

    public RetentionJobs(RequestLifecycle lifecycle, RequesterPrivacy privacy, RequestConfig config) {
        this.lifecycle = lifecycle;
        this.privacy = privacy;
        this.config = config;
    }

    @Scheduled(every = "${request.expiry.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledExpiry() {
        expireDue(LocalDate.now(), OffsetDateTime.now());
    }

    @Scheduled(every = "${request.retention.every}", delayed = "${request.retention.delayed}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledErasure() {
        eraseExpiredPersonalData(OffsetDateTime.now());
    }

    /** Expires what is due on {@code today}; returns how many requests expired. */
    public int expireDue(LocalDate today, OffsetDateTime now) {
        OffsetDateTime createdBefore = now.minus(config.expiry().maxAge());
        int expired = 0;
        for (UUID id : lifecycle.dueForExpiry(today, createdBefore)) {
            if (lifecycle.expire(id, today, createdBefore)) {
                expired++;
            }
        }
        if (expired > 0) {
            Log.infof("expired %d requests", expired);
        }
        return expired;
    }

    /**
     * Erases the requester's data of requests that ended before {@code now} minus the retention period, and of
     * requests that never end by themselves (MATCHED, IN_PROGRESS) idle since {@code now} minus
     * {@code request.retention.idle-after}, one batch per transaction. The pages are read in id order after the last
     * one, so rows a batch leaves alone are not read again in the same run.
     */
    public int eraseExpiredPersonalData(OffsetDateTime now) {
        OffsetDateTime endedBefore = now.minus(config.retention().eraseAfter());
        OffsetDateTime idleBefore = now.minus(config.retention().idleAfter());
        int batchSize = config.retention().batchSize();
        int erased = 0;
        UUID after = null;
        List<UUID> batch;
        do {
            batch = privacy.dueForErasure(endedBefore, idleBefore, after, batchSize);
            if (!batch.isEmpty()) {
                erased += privacy.eraseRequestersOf(batch, endedBefore, idleBefore);
                after = batch.getLast();
            }
        } while (batch.size() == batchSize);
        if (erased > 0) {
            Log.infof("erased the personal data of %d requesters", erased);
        }
        return erased;
    }
}
