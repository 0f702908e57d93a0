package nl.talentenbureau.platform.follower;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.logging.Log;

/**
 * Follows one feed for one {@link FeedConsumer}: reads the page after the stored cursor (long-polling the producer),
 * applies it and moves the cursor in one transaction, and keeps going. A page that fails is applied event by event;
 * the event that fails is retried with a growing wait, and after {@code maxAttempts} failures it is set aside in the
 * quarantine and the cursor moves past it: one bad event never stops the feed, and a failure on one feed never
 * touches another (each has its own follower and thread).
 *
 * <p>
 * A plain class (no CDI): {@link FeedFollowers} makes one per consumer; unit tests drive {@link #step(int)} with a
 * fake source and store. Only the follower's own thread and the tests call {@code step}; it is synchronized so an
 * operator's catch-up and the loop never interleave on one replica (replicas are kept apart by the cursor lock).
 */
public final class FeedFollower {

    /** The wait between reads of a producer that does not long-poll ({@code waitSeconds = 0}) and had nothing. */
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);

    private final FeedConsumer consumer;
    private final PageSource source;
    private final PageStore store;
    private final int pageSize;
    private final int waitSeconds;
    private final int maxAttempts;
    private final Backoff backoff;
    private final Backoff unreachable;
    private final Clock clock;
    private final Map<Long, Integer> attempts = new HashMap<>();
    private volatile FollowerStatus status;
    private volatile boolean running;

    FeedFollower(FeedConsumer consumer, FollowerConfig.FeedSettings settings, PageSource source, PageStore store,
            Clock clock) {
        this.consumer = consumer;
        this.source = source;
        this.store = store;
        this.pageSize = settings.pageSize();
        this.waitSeconds = settings.waitSeconds();
        this.maxAttempts = settings.maxAttempts();
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.unreachable = new Backoff(settings.initialBackoff(),
                settings.maxUnreachableBackoff().compareTo(settings.maxBackoff()) < 0
                        ? settings.maxUnreachableBackoff()
                        : settings.maxBackoff());
        this.clock = clock;
        this.status = FollowerStatus.initial(consumer.feed());
    }

    public String feed() {
        return consumer.feed();
    }

    public FollowerStatus status() {
        return status;
    }

    FeedConsumer consumer() {
        return consumer;
    }

    /**
     * One read and its apply.
     *
     * @param wait seconds the producer may wait for a first event
     * @throws FeedUnreachable when the producer could not be read
     * @throws RuntimeException when the store failed (the database), after which the same page is read again
     */
    public synchronized Step step(int wait) {
        long after = store.position(feed());
        FollowedPage page;
        try {
            page = source.read(after, pageSize, wait);
        } catch (FeedUnreachable e) {
            status = new FollowerStatus(feed(), after, status.eventsBehind(), status.secondsBehind(), false,
                    status.lastRead(), e.getCause().getClass().getSimpleName());
            throw e;
        }
        read(page, after);
        if (page.events().isEmpty()) {
            if (page.next() > after) {
                // the producer filtered events out: move past them
                store.apply(consumer, List.of(), page.next());
            }
            caughtUp(Math.max(after, page.next()), page);
            return Step.IDLE;
        }
        try {
            AppliedPage applied = store.apply(consumer, page.events(), page.next());
            committed(applied);
            attempts.clear();
            if (page.events().size() < pageSize) {
                // a short page: nothing older is waiting, whether or not the producer answers the next read
                caughtUp(applied.position(), page);
            }
            return new Step(applied.events().size(), false, false);
        } catch (RuntimeException pageFailed) {
            return oneByOne(page);
        }
    }

    /**
     * Follows until the producer has nothing more, without waiting (tests, and after an operator's retry).
     *
     * @return the events applied
     */
    public int catchUp() {
        int applied = 0;
        for (int pages = 0; pages < 10_000; pages++) {
            Step step = step(0);
            applied += step.applied();
            if (step.idle() || step.failed()) {
                return applied;
            }
        }
        return applied;
    }

    /** The loop of the follower's thread: read, apply, and on failure wait longer each time; until {@link #stop()}. */
    void run() {
        running = true;
        while (running) {
            try {
                Step step = step(waitSeconds);
                unreachable.reset();
                if (step.failed()) {
                    pause(backoff.next());
                } else {
                    backoff.reset();
                    if (step.idle() && waitSeconds == 0) {
                        pause(IDLE_POLL);
                    }
                }
            } catch (FeedUnreachable e) {
                Duration wait = waitWhileUnreachable();
                Log.debugf("feed %s unreachable, next try in %s", feed(), wait);
                pause(wait);
            } catch (RuntimeException e) {
                Duration wait = backoff.next();
                Log.warnf("feed %s: %s while following, next try in %s", feed(), e.getClass().getSimpleName(),
                        wait);
                pause(wait);
            }
        }
    }

    /** The next wait while the producer (or the token for it) cannot be reached: short, since no event failed. */
    Duration waitWhileUnreachable() {
        return unreachable.next();
    }

    void stop() {
        running = false;
    }

    private Step oneByOne(FollowedPage page) {
        int applied = 0;
        for (FollowedEvent event : page.events()) {
            try {
                AppliedPage one = store.apply(consumer, List.of(event), event.seq());
                committed(one);
                applied += one.events().size();
                attempts.remove(event.seq());
            } catch (RuntimeException failure) {
                int attempt = attempts.merge(event.seq(), 1, Integer::sum);
                String kind = failure.getClass().getSimpleName();
                status = withError(kind);
                if (attempt < maxAttempts) {
                    Log.warnf("feed %s: event %d (%s) failed (%s), attempt %d of %d", feed(), event.seq(),
                            event.type(), kind, attempt, maxAttempts);
                    return new Step(applied, false, true);
                }
                // a database that is down fails here too, so a good event is never set aside during an outage
                store.quarantine(consumer, event, failure, attempt);
                attempts.remove(event.seq());
                Log.errorf("feed %s: event %d (%s) set aside in the quarantine after %d attempts (%s)", feed(),
                        event.seq(), event.type(), attempt, kind);
            }
        }
        if (page.next() > page.events().getLast().seq()) {
            store.apply(consumer, List.of(), page.next());
        }
        status = new FollowerStatus(feed(), Math.max(status.position(), page.next()), status.eventsBehind(), 0,
                true, status.lastRead(), status.lastError());
        return new Step(applied, false, false);
    }

    private void committed(AppliedPage applied) {
        status = new FollowerStatus(feed(), applied.position(), status.eventsBehind(), status.secondsBehind(), true,
                status.lastRead(), status.lastError());
        if (applied.isEmpty()) {
            return;
        }
        try {
            consumer.afterCommit(applied);
        } catch (RuntimeException e) {
            // the events are stored; what runs after the commit (an index) catches up on its own schedule
            Log.warnf("feed %s: after-commit step failed (%s)", feed(), e.getClass().getSimpleName());
        }
    }

    private void read(FollowedPage page, long after) {
        Instant now = clock.instant();
        double behind = page.events().isEmpty() || page.events().getFirst().occurredAt() == null
                ? 0
                : Math.max(0, Duration.between(page.events().getFirst().occurredAt().toInstant(), now).toMillis()
                        / 1000.0);
        Long events = page.head() != null
                ? Long.valueOf(Math.max(0, page.head() - after))
                : page.events().isEmpty() ? Long.valueOf(0) : null;
        status = new FollowerStatus(feed(), after, events, behind, true, now, status.lastError());
    }

    private void caughtUp(long position, FollowedPage page) {
        status = new FollowerStatus(feed(), position, page.head() != null ? Math.max(0, page.head() - position) : 0,
                0, true, status.lastRead(), status.lastError());
    }

    private FollowerStatus withError(String kind) {
        FollowerStatus now = status;
        return new FollowerStatus(now.feed(), now.position(), now.eventsBehind(), now.secondsBehind(), true,
                now.lastRead(), kind);
    }

    private void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * What one step did.
     *
     * @param idle the producer had nothing new
     * @param failed an event failed and will be tried again after a wait
     */
    public record Step(int applied, boolean idle, boolean failed) {

        static final Step IDLE = new Step(0, true, false);
    }
}
