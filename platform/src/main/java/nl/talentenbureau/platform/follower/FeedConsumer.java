package nl.talentenbureau.platform.follower;

import java.util.Set;

/**
 * What a service writes to follow another service's feed: the feed's name and how to apply one event. Everything else
 * (cursor, long-poll loop, transactions, retries, quarantine, lag) is the follower's. Implement it as an
 * {@code @ApplicationScoped} bean; the follower finds every such bean and follows its feed with the settings
 * {@code follower.feeds.<feed>.*} ({@link FollowerConfig}).
 */
public interface FeedConsumer {

    /** The feed's name: the key of its cursor row, of its settings and of its metrics. */
    String feed();

    /** The aggregate types to read; empty reads every event of the feed. */
    default Set<String> aggregateTypes() {
        return Set.of();
    }

    /**
     * Applies one event, inside the transaction of its page (which also moves the cursor). Must be idempotent: an
     * event can be applied again after a crash, a retry of a quarantined event can come after newer ones. Throw to
     * refuse the event: the page rolls back, is applied event by event, and an event that keeps failing is set aside
     * in the quarantine so the feed goes on.
     */
    void apply(FollowedEvent event);

    /** Called after a page committed, outside its transaction (for example to rebuild an in-memory index). */
    default void afterCommit(AppliedPage page) {
    }
}
