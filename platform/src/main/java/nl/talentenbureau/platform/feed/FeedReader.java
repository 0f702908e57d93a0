package nl.talentenbureau.platform.feed;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import io.quarkus.logging.Log;

/**
 * Reads the outbox as a feed, optionally only the events of some aggregate types.
 *
 * <p>
 * An event's {@code seq} in the feed is its position, given after it committed ({@link OutboxSequencer}); every
 * poll first positions what committed since the last one.
 *
 * <p>
 * <b>{@code next} with a filter.</b> A consumer of one aggregate type must be able to move past the events of
 * other types it never sees, and must never skip one of its own. The filter is applied in SQL (a consumer of the
 * small catalogue does not page through every volunteer event over HTTP), and the same statement reads the head of
 * the feed, the largest visible {@code seq}:
 * <ul>
 * <li>a full page ({@code limit} events) answers {@code next} = the seq of its last event: matching events may
 * follow, and the next call starts right after it;</li>
 * <li>a shorter page (or an empty one) answers {@code next} = the head: every event up to the head was scanned and
 * every matching one is in the page, so the consumer jumps past the events it did not ask for.</li>
 * </ul>
 * The head must come from the same statement as the page. Read in a second statement it could include a matching
 * event that committed in between, and the consumer would step over it. Within one statement, PostgreSQL's
 * snapshot shows every event up to the head: positions are given only to committed events, one sequencer step
 * at a time, so no event below a visible one is still in flight. A filtered read scans the events after {@code after} in position order
 * (its unique index) until {@code limit} match; as each page starts where the previous one ended, or at the head,
 * catching up reads every row once and a consumer at the head reads only what arrived since its last poll.
 *
 * <p>
 * Without a filter nothing changes: {@code next} is the last event's seq, or {@code after} on an empty page.
 */
@ApplicationScoped
public class FeedReader {

    /**
     * How long a long-poll waits for a signal ({@link OutboxSignal}) before it looks again all the same: an event
     * written by another replica of the service, which signals only its own readers, is read within this.
     */
    static final Duration FALLBACK_POLL = Duration.ofSeconds(1);

    private final EntityManager entityManager;
    private final OutboxSequencer sequencer;
    private final OutboxSignal signal;

    public FeedReader(EntityManager entityManager, OutboxSequencer sequencer, OutboxSignal signal) {
        this.entityManager = entityManager;
        this.sequencer = sequencer;
        this.signal = signal;
    }

    /** Reads up to {@code limit} events after {@code after}; waits up to {@code wait} for the first one to arrive. */
    public FeedPage read(long after, int limit, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        long seen = signal.generation();
        List<FeedEvent> events = readOnce(after, limit);
        while (events.isEmpty() && System.nanoTime() < deadline) {
            seen = awaitSignal(seen, deadline);
            events = readOnce(after, limit);
        }
        long next = events.isEmpty() ? after : events.getLast().seq();
        return new FeedPage(events, next, Math.max(next, head()));
    }

    /**
     * Reads up to {@code limit} events of the given aggregate types after {@code after}; waits up to {@code wait}
     * for the first one. An empty set of types reads every event. See the class comment for {@code next}.
     */
    public FeedPage read(long after, int limit, Duration wait, Set<String> aggregateTypes)
            throws InterruptedException {
        if (aggregateTypes.isEmpty()) {
            return read(after, limit, wait);
        }
        // one text parameter, split in SQL: types never hold a comma (FeedResource splits on it)
        String types = String.join(",", aggregateTypes);
        long deadline = System.nanoTime() + wait.toNanos();
        long seen = signal.generation();
        Filtered page = readOnce(after, limit, types);
        long scanned = Math.max(after, page.head());
        while (page.events().isEmpty() && System.nanoTime() < deadline) {
            seen = awaitSignal(seen, deadline);
            // nothing matched up to the head: the next poll need not scan those rows again
            page = readOnce(scanned, limit, types);
            scanned = Math.max(scanned, page.head());
        }
        long next = page.events().size() == limit ? page.events().getLast().seq() : scanned;
        return new FeedPage(page.events(), next, Math.max(next, page.head()));
    }

    /** Waits for a signal after {@code seen} (or the fallback, or the deadline); the generation to wait after next. */
    private long awaitSignal(long seen, long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        signal.awaitAfter(seen, left < FALLBACK_POLL.toNanos() ? Duration.ofNanos(left) : FALLBACK_POLL);
        return signal.generation();
    }

    /**
     * Positions what has committed; a step that cannot run now (see {@link OutboxSequencer}) runs on the next poll.
     * What it positioned wakes the other waiting readers: one that looked while this step ran found nothing yet.
     */
    private void sequence() {
        try {
            if (sequencer.sequence() > 0) {
                signal.signal();
            }
        } catch (PersistenceException e) {
            Log.debugf("outbox events not positioned on this poll: %s", e.getMessage());
        }
    }

    // no transaction on purpose: each poll is its own statement and sees what has committed since the last one
    List<FeedEvent> readOnce(long after, int limit) {
        sequence();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select position, event_id, aggregate_type, aggregate_id, event_type, occurred_at, cast(payload as text)
                from outbox_event where position > ?1 order by position limit ?2""")
                .setParameter(1, after)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(FeedReader::toEvent).toList();
    }

    /** The newest seq, for the consumer's lag only (read after the page: it may be a little newer). */
    private long head() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(position), 0) from outbox_event")
                .getSingleResult()).longValue();
    }

    private record Filtered(List<FeedEvent> events, long head) {
    }

    /** One statement, so the page and the head come from one snapshot; one row with only the head when none match. */
    Filtered readOnce(long after, int limit, String aggregateTypes) {
        sequence();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select e.position, e.event_id, e.aggregate_type, e.aggregate_id, e.event_type, e.occurred_at,
                       cast(e.payload as text), h.head
                from (select coalesce(max(position), 0) as head from outbox_event) h
                left join lateral (
                    select * from outbox_event
                    where position > ?1 and aggregate_type = any(string_to_array(?3, ','))
                    order by position limit ?2) e on true
                order by e.position""")
                .setParameter(1, after)
                .setParameter(2, limit)
                .setParameter(3, aggregateTypes)
                .getResultList();
        long head = ((Number) rows.getFirst()[7]).longValue();
        List<FeedEvent> events = rows.stream().filter(row -> row[0] != null).map(FeedReader::toEvent).toList();
        return new Filtered(events, head);
    }

    private static FeedEvent toEvent(Object[] row) {
        return new FeedEvent(
                ((Number) row[0]).longValue(),
                (UUID) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                toOffsetDateTime(row[5]),
                (String) row[6]);
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
