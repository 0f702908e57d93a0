package nl.talentenbureau.request.signal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import nl.talentenbureau.request.RequestConfig;

/**
 * The signals' scheduled jobs: escalation of the ones nobody picked up in time (each in its own transaction, with its
 * {@code SignalEscalated} event, which notification-service turns into a reminder), and retention of the closed ones.
 * Every instance runs them; each signal is checked again in its own transaction, so two instances escalate it once.
 */
@ApplicationScoped
public class SignalJobs {

    private final SignalService signals;
    private final RequestConfig config;

    public SignalJobs(SignalService signals, RequestConfig config) {
        this.signals = signals;
        this.config = config;
    }

    @Scheduled(every = "${request.signals.escalation-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledEscalation() {
        escalateDue(Instant.now());
    }

    @Scheduled(every = "${request.signals.retention-every}", delayed = "${request.signals.retention-delayed}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledErasure() {
        eraseClosed(OffsetDateTime.now());
    }

    /** Escalates every signal due at {@code now}; returns how many. */
    public int escalateDue(Instant now) {
        int escalated = 0;
        for (UUID id : signals.escalationCandidates(now)) {
            try {
                if (signals.escalate(id, now)) {
                    escalated++;
                }
            } catch (RuntimeException e) {
                // another instance escalated or stepped it at the same moment (optimistic lock): it is checked again
                Log.debugf("signal %s not escalated now (%s)", id, e.getClass().getSimpleName());
            }
        }
        return escalated;
    }

    /** Erases the closed signals past their retention, one batch per transaction; returns how many. */
    public int eraseClosed(OffsetDateTime now) {
        OffsetDateTime closedBefore = now.minus(config.signals().eraseAfter());
        int batchSize = config.signals().batchSize();
        int erased = 0;
        List<UUID> batch;
        do {
            batch = signals.dueForErasure(closedBefore, batchSize);
            int done = batch.isEmpty() ? 0 : signals.eraseClosed(batch, closedBefore);
            erased += done;
            if (done == 0) {
                break;
            }
        } while (batch.size() == batchSize);
        if (erased > 0) {
            Log.infof("erased the notes and references of %d closed signals", erased);
        }
        return erased;
    }
}
