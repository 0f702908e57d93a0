package nl.talentenbureau.platform.feed;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes this service's waiting long-polls when there may be something new to read: a transaction that wrote an
 * outbox event has committed ({@link OutboxWriter}), or a reader has positioned events ({@link FeedReader}). Before,
 * every waiting long-poll looked at the table every 50 ms, idle or not: with a dozen followed feeds that was about a
 * fifth of a core for a stack that did nothing. A write of another replica of the service does not reach this one's
 * signal; the long-poll still looks again after {@link FeedReader}'s fallback interval.
 *
 * <p>
 * A generation counter, so that no wake-up is lost between a reader's last look and its wait: the reader takes
 * {@link #generation()} before it looks, and {@link #awaitAfter} returns at once when it has moved since.
 */
@ApplicationScoped
public class OutboxSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long generation;

    /** Something new may be readable: every waiting reader looks again. */
    public void signal() {
        lock.lock();
        try {
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a signal after generation {@code seen}, or at most {@code timeout}. */
    public void awaitAfter(long seen, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (generation == seen && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }
}
