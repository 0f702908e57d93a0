package nl.talentenbureau.platform.idempotency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotency_key table. A claim is its own short transaction, committed before the work it guards starts, so a
 * second call sees it at once; the answer is stored in the work's own transaction, so the work and its answer commit
 * together or not at all. Each claim carries a lease id: only the claim that holds the key may complete or release it.
 */
@ApplicationScoped
class IdempotencyStore {

    enum State {
        IN_FLIGHT,
        DONE
    }

    record Row(String requestHash, State state, StoredAnswer answer, OffsetDateTime createdAt) {
    }

    private final EntityManager entityManager;

    IdempotencyStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * True when this call now holds the key under {@code lease}: it was free, or a claim for the same body was still
     * in flight since before {@code staleBefore} (its call died); false when another call holds it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean claim(String clientId, String key, String requestHash, UUID lease, OffsetDateTime staleBefore) {
        return entityManager.createNativeQuery("""
                insert into idempotency_key (client_id, key, request_hash, status, created_at, lease)
                values (?1, ?2, ?3, 'IN_FLIGHT', ?4, ?5)
                on conflict (client_id, key) do update set lease = excluded.lease, created_at = excluded.created_at
                where idempotency_key.status = 'IN_FLIGHT' and idempotency_key.created_at < ?6
                and idempotency_key.request_hash = excluded.request_hash""")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, requestHash)
                .setParameter(4, OffsetDateTime.now())
                .setParameter(5, lease)
                .setParameter(6, staleBefore)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Row> find(String clientId, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_hash, status, response_status, location, created_at
                from idempotency_key where client_id = ?1 and key = ?2""")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Row((String) row[0], State.valueOf((String) row[1]),
                row[2] == null
                        ? null
                        : new StoredAnswer(((Number) row[2]).intValue(), null, (String) row[3], null),
                toOffsetDateTime(row[4])));
    }

    /**
     * Stores the answer's status and location only: never a body or anything else of the resource, which can hold
     * personal data that erasure must reach (see {@link Idempotency}). The columns response_body and etag stay empty.
     * Runs in the work's transaction.
     *
     * @return false when the lease is no longer this call's: another call took the key over
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean complete(String clientId, String key, UUID lease, StoredAnswer answer) {
        return entityManager.createNativeQuery("""
                update idempotency_key set status = 'DONE', response_status = ?3, response_body = null, location = ?4,
                etag = null where client_id = ?1 and key = ?2 and lease = ?5 and status = 'IN_FLIGHT'""")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, answer.status())
                .setParameter(4, answer.location())
                .setParameter(5, lease)
                .executeUpdate() == 1;
    }

    /** The guarded work failed: forget this call's claim, so the client can send the same key again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void release(String clientId, String key, UUID lease) {
        entityManager.createNativeQuery(
                "delete from idempotency_key where client_id = ?1 and key = ?2 and lease = ?3 and status = 'IN_FLIGHT'")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, lease)
                .executeUpdate();
    }

    @Transactional
    int purgeCreatedBefore(OffsetDateTime cutoff) {
        return entityManager.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
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
