package nl.talentenbureau.platform.idempotency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotency_key table. Every write is its own short transaction, committed before the work it guards starts
 * or after it ended, so a second call sees the first one's claim at once.
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

    /** True when this call now owns the key; false when some call claimed it before. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean claim(String clientId, String key, String requestHash) {
        return entityManager.createNativeQuery("""
                insert into idempotency_key (client_id, key, request_hash, status, created_at)
                values (?1, ?2, ?3, 'IN_FLIGHT', ?4) on conflict (client_id, key) do nothing""")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, requestHash)
                .setParameter(4, OffsetDateTime.now())
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
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void complete(String clientId, String key, StoredAnswer answer) {
        entityManager.createNativeQuery("""
                update idempotency_key set status = 'DONE', response_status = ?3, response_body = null, location = ?4,
                etag = null where client_id = ?1 and key = ?2""")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, answer.status())
                .setParameter(4, answer.location())
                .executeUpdate();
    }

    /** The guarded work failed: forget the claim, so the client can send the same key again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void release(String clientId, String key) {
        entityManager.createNativeQuery("delete from idempotency_key where client_id = ?1 and key = ?2")
                .setParameter(1, clientId)
                .setParameter(2, key)
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
