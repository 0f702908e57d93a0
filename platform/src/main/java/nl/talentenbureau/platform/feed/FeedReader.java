package nl.talentenbureau.platform.feed;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class FeedReader {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final EntityManager entityManager;

    public FeedReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Reads up to {@code limit} events after {@code after}; waits up to {@code wait} for the first one to arrive. */
    public FeedPage read(long after, int limit, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<FeedEvent> events = readOnce(after, limit);
        while (events.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_INTERVAL);
            events = readOnce(after, limit);
        }
        long next = events.isEmpty() ? after : events.getLast().seq();
        return new FeedPage(events, next);
    }

    // no transaction on purpose: each poll is its own statement and sees what has committed since the last one
    List<FeedEvent> readOnce(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select seq, event_id, aggregate_type, aggregate_id, event_type, occurred_at, cast(payload as text)
                from outbox_event where seq > ?1 order by seq limit ?2""")
                .setParameter(1, after)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new FeedEvent(
                ((Number) row[0]).longValue(),
                (UUID) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                toOffsetDateTime(row[5]),
                (String) row[6])).toList();
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
