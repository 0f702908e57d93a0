package nl.talentenbureau.platform.follower;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The cursor and quarantine tables ({@code db/follower}), each call its own transaction. */
@ApplicationScoped
@IfBuildProperty(name = FeedFollowers.ENABLED, stringValue = "true")
class FollowerStore implements PageStore {

    private final EntityManager entityManager;

    FollowerStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long position(String feed) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<?> rows = entityManager.createNativeQuery("select position from feed_cursor where feed = ?1")
                    .setParameter(1, feed).getResultList();
            return rows.isEmpty() ? 0L : ((Number) rows.getFirst()).longValue();
        });
    }

    @Override
    public AppliedPage apply(FeedConsumer consumer, List<FollowedEvent> events, long next) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long position = lock(consumer.feed());
            List<FollowedEvent> fresh = new ArrayList<>();
            for (FollowedEvent event : events) {
                if (event.seq() > position) {
                    consumer.apply(event);
                    fresh.add(event);
                }
            }
            long moved = Math.max(position, next);
            moveTo(consumer.feed(), moved);
            return new AppliedPage(consumer.feed(), fresh, moved);
        });
    }

    @Override
    public void quarantine(FeedConsumer consumer, FollowedEvent event, Throwable error, int attempts) {
        QuarkusTransaction.requiringNew().run(() -> {
            long position = lock(consumer.feed());
            if (position >= event.seq()) {
                return;
            }
            entityManager.createNativeQuery("""
                    insert into feed_quarantine (feed, seq, event_type, aggregate_type, aggregate_id, error, attempts,
                        quarantined_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (feed, seq) do nothing""")
                    .setParameter(1, consumer.feed())
                    .setParameter(2, event.seq())
                    .setParameter(3, event.type())
                    .setParameter(4, event.aggregateType())
                    .setParameter(5, event.aggregateId())
                    .setParameter(6, kinds(error))
                    .setParameter(7, attempts)
                    .setParameter(8, OffsetDateTime.now(ZoneOffset.UTC))
                    .executeUpdate();
            moveTo(consumer.feed(), event.seq());
        });
    }

    /** Applies a quarantined event again (without moving the cursor, which is past it) and removes it. */
    void retry(FeedConsumer consumer, FollowedEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            consumer.apply(event);
            remove(consumer.feed(), event.seq());
        });
    }

    void countFailure(String feed, long seq, Throwable error) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update feed_quarantine set attempts = attempts + 1, error = ?3 where feed = ?1 and seq = ?2""")
                .setParameter(1, feed).setParameter(2, seq).setParameter(3, kinds(error)).executeUpdate());
    }

    boolean remove(String feed, long seq) {
        return QuarkusTransaction.joiningExisting().call(() -> entityManager.createNativeQuery(
                "delete from feed_quarantine where feed = ?1 and seq = ?2")
                .setParameter(1, feed).setParameter(2, seq).executeUpdate() > 0);
    }

    List<QuarantinedEvent> quarantined() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select feed, seq, event_type, aggregate_type, aggregate_id, error, attempts, quarantined_at
                    from feed_quarantine order by feed, seq""").getResultList();
            return rows.stream().map(FollowerStore::quarantinedEvent).toList();
        });
    }

    Optional<QuarantinedEvent> quarantined(String feed, long seq) {
        return quarantined().stream().filter(q -> q.feed().equals(feed) && q.seq() == seq).findFirst();
    }

    long quarantinedCount(String feed) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from feed_quarantine where feed = ?1").setParameter(1, feed).getSingleResult())
                .longValue());
    }

    private long lock(String feed) {
        entityManager.createNativeQuery(
                "insert into feed_cursor (feed, position) values (?1, 0) on conflict (feed) do nothing")
                .setParameter(1, feed).executeUpdate();
        return ((Number) entityManager.createNativeQuery(
                "select position from feed_cursor where feed = ?1 for update")
                .setParameter(1, feed).getSingleResult()).longValue();
    }

    private void moveTo(String feed, long position) {
        entityManager.createNativeQuery(
                "update feed_cursor set position = greatest(position, ?2) where feed = ?1")
                .setParameter(1, feed).setParameter(2, position).executeUpdate();
    }

    /** The exception classes of the chain, outermost first, and PostgreSQL's SQLSTATE: never a message. */
    static String kinds(Throwable error) {
        StringJoiner kinds = new StringJoiner(" < ");
        for (Throwable t = error; t != null && kinds.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            String kind = t.getClass().getSimpleName();
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                kind += " " + sql.getSQLState();
            }
            kinds.add(kind);
        }
        return kinds.toString();
    }

    private static QuarantinedEvent quarantinedEvent(Object[] row) {
        Object at = row[7];
        OffsetDateTime quarantinedAt = at instanceof OffsetDateTime odt
                ? odt
                : at instanceof java.time.Instant instant
                        ? instant.atOffset(ZoneOffset.UTC)
                        : ((java.sql.Timestamp) at).toInstant().atOffset(ZoneOffset.UTC);
        return new QuarantinedEvent((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], ((Number) row[6]).intValue(), quarantinedAt);
    }
}
