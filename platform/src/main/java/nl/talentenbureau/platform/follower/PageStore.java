package nl.talentenbureau.platform.follower;

import java.util.List;

/** The follower's transactions, as {@link FeedFollower} needs them (a plain interface, so it is unit-tested alone). */
interface PageStore {

    /** The stored cursor: the last position applied, 0 before the first event. */
    long position(String feed);

    /**
     * In one transaction: locks the feed's cursor row, applies the events after the stored position (a page that
     * another replica applied meanwhile is skipped, so an older page never follows a newer one), and moves the cursor
     * to {@code next}.
     */
    AppliedPage apply(FeedConsumer consumer, List<FollowedEvent> events, long next);

    /**
     * In one transaction: sets the event aside with its error and moves the cursor past it, unless the cursor already
     * is past it.
     */
    void quarantine(FeedConsumer consumer, FollowedEvent event, Throwable error, int attempts);
}
