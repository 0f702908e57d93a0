package nl.talentenbureau.platform.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends a domain event to the outbox inside the caller's transaction.
 *
 * <p>
 * The event gets its feed position after it has committed ({@link OutboxSequencer}), not here: sequence numbers
 * from a PostgreSQL sequence are handed out at insert time, and two transactions could commit 11 before 10, so a
 * consumer that read 11 would skip 10 forever. Positioning only what has committed keeps the feed in commit order
 * without making writers wait for each other.
 */
@ApplicationScoped
public class OutboxWriter {

    /** Marks a transaction whose commit already wakes the feed's long-polls (once, however many events it wrote). */
    private static final Object SIGNALLED = new Object();

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxSignal signal;

    public OutboxWriter(EntityManager entityManager, ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions, OutboxSignal signal) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.signal = signal;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, Object aggregateId, String eventType, Supplier<?> payload) {
        // flush first: versions are bumped and the payload sees the state that is about to commit
        entityManager.flush();
        UUID eventId = UUID.randomUUID();
        String json;
        try {
            json = objectMapper.writeValueAsString(payload.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload of " + eventType + " cannot be written as JSON", e);
        }
        entityManager.createNativeQuery("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))""")
                .setParameter(1, eventId)
                .setParameter(2, aggregateType)
                .setParameter(3, String.valueOf(aggregateId))
                .setParameter(4, eventType)
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(6, json)
                .executeUpdate();
        signalOnCommit();
        return eventId;
    }

    /** After the commit, not before: a reader woken earlier would not see the event yet. */
    private void signalOnCommit() {
        if (transactions.getResource(SIGNALLED) != null) {
            return;
        }
        transactions.putResource(SIGNALLED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {

            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal.signal();
                }
            }
        });
    }

    /**
     * Replaces the payload of every event already written for one aggregate by its bare id ({@code {"id": ...}}), for
     * erasure: the feed's history must not keep personal data of a person who asked to be forgotten. Sequence numbers
     * and types stay, so consumers that replay still see every step; a consumer that reads such an event before the
     * erasure's own one passes it over ({@code FollowedEvent.redacted()}). Call it before {@link #append}, which must
     * stay the last write.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int redact(String aggregateType, Object aggregateId) {
        String json;
        try {
            json = objectMapper.writeValueAsString(Map.of("id", String.valueOf(aggregateId)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("redacted payload cannot be written as JSON", e);
        }
        return entityManager.createNativeQuery("""
                update outbox_event set payload = cast(?1 as jsonb)
                where aggregate_type = ?2 and aggregate_id = ?3""")
                .setParameter(1, json)
                .setParameter(2, aggregateType)
                .setParameter(3, String.valueOf(aggregateId))
                .executeUpdate();
    }

    /**
     * Overwrites some top-level fields of every event already written for one aggregate, for erasure when the
     * aggregate's history must stay readable (its steps and their versions) but personal data in it must go: each
     * named field an event carries gets the given value (null to blank it); fields an event does not carry are not
     * added. Call it before {@link #append}, which must stay the last write.
     *
     * @return how many events changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int blank(String aggregateType, Object aggregateId, Map<String, ?> fields) {
        String json;
        try {
            json = objectMapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("blanked fields cannot be written as JSON", e);
        }
        return entityManager.createNativeQuery("""
                update outbox_event o set payload = o.payload || (
                    select jsonb_object_agg(f.key, f.value) from jsonb_each(cast(?1 as jsonb)) f
                    where jsonb_exists(o.payload, f.key))
                where o.aggregate_type = ?2 and o.aggregate_id = ?3
                and exists (select 1 from jsonb_each(cast(?1 as jsonb)) f
                    where jsonb_exists(o.payload, f.key) and o.payload -> f.key is distinct from f.value)""")
                .setParameter(1, json)
                .setParameter(2, aggregateType)
                .setParameter(3, String.valueOf(aggregateId))
                .executeUpdate();
    }
}
