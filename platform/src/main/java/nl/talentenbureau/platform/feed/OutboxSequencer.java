package nl.talentenbureau.platform.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gives committed outbox events their feed position, in one short transaction of its own.
 *
 * <p>
 * Writers insert events without a position and without any lock, so their commits do not queue behind each other
 * (a lock held from the insert to the commit made every write of a service wait for the one before it, fsync
 * included). The feed is read by position, and only this class hands positions out:
 * <ul>
 * <li>one sequencer at a time (a transaction-scoped advisory lock, tried, never waited for: a reader that finds it
 * taken reads what is positioned already and sees the rest on its next poll);</li>
 * <li>it positions only what it can see, which is what has committed; an event that commits later gets a larger
 * position, so a consumer that stored {@code next} never steps over an event that was still in flight;</li>
 * <li>within one step in insert order ({@code seq}): a write that waited for another's row lock inserted its event
 * after that one committed, so the events of one aggregate keep their order.</li>
 * </ul>
 * The events are locked {@code NOWAIT}: an erasure that is rewriting the same events' payloads makes this step give
 * up at once rather than wait, so the sequencer can never be one half of a deadlock.
 */
@ApplicationScoped
public class OutboxSequencer {

    /** Names the sequencer's advisory lock; one outbox per database. */
    static final long SEQUENCER_LOCK = 0x7365_7175_656eL;

    /** Events positioned in one step at most; the next read positions the rest. */
    static final int STEP = 10_000;

    /** One step: the committed events without a position, locked without waiting, numbered after the last one. */
    static final String POSITION_STEP = """
            with pending as (
                select seq from outbox_event where position is null order by seq limit ?1 for update nowait),
            numbered as (
                select seq, row_number() over (order by seq) as rn from pending),
            last as (
                select coalesce(max(position), 0) as position from outbox_event)
            update outbox_event o set position = last.position + numbered.rn
            from numbered, last where o.seq = numbered.seq""";

    private final EntityManager entityManager;

    public OutboxSequencer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Positions the events that committed since the last step.
     *
     * @return how many were positioned; 0 when another reader is positioning them right now
     * @throws jakarta.persistence.PersistenceException when an event is locked by a write in progress
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sequence() {
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SEQUENCER_LOCK)
                .getSingleResult();
        if (!mine) {
            return 0;
        }
        return entityManager.createNativeQuery(POSITION_STEP)
                .setParameter(1, STEP)
                .executeUpdate();
    }
}
