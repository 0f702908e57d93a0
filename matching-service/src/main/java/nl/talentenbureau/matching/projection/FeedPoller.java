package nl.talentenbureau.matching.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Follows the volunteer and request feeds: reads the page after the stored cursor, applies it with the cursor in one
 * transaction, and rebuilds the index when volunteers changed. Pages are read until the feed has no more.
 */
@ApplicationScoped
public class FeedPoller {

    private static final int MAX_PAGES_PER_RUN = 100;

    private final FeedClient client;
    private final ProjectionWriter writer;
    private final FeedCursorRepository cursors;
    private final CurrentIndex index;

    public FeedPoller(FeedClient client, ProjectionWriter writer, FeedCursorRepository cursors, CurrentIndex index) {
        this.client = client;
        this.writer = writer;
        this.cursors = cursors;
        this.index = index;
    }

    @Scheduled(every = "${matching.feed.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "feed-poller")
    void poll() {
        pollVolunteers();
        pollRequests();
    }

    /** @return how many projected volunteers changed */
    @ActivateRequestContext
    public synchronized int pollVolunteers() {
        int changed = 0;
        long after = cursors.position(Feed.VOLUNTEERS);
        for (int pages = 0; pages < MAX_PAGES_PER_RUN; pages++) {
            FeedPage page = client.volunteerEvents(after);
            if (!page.reachable() || page.events().isEmpty()) {
                break;
            }
            int applied = writer.applyVolunteers(page);
            after = Math.max(after, page.next());
            changed += applied;
            if (applied > 0) {
                index.rebuild();
            }
        }
        if (changed > 0) {
            Log.infof("volunteer feed: %d projected volunteers changed", changed);
        }
        return changed;
    }

    /** @return how many projected requests changed */
    @ActivateRequestContext
    public synchronized int pollRequests() {
        int changed = 0;
        long after = cursors.position(Feed.REQUESTS);
        for (int pages = 0; pages < MAX_PAGES_PER_RUN; pages++) {
            FeedPage page = client.requestEvents(after);
            if (!page.reachable() || page.events().isEmpty()) {
                break;
            }
            changed += writer.applyRequests(page);
            after = Math.max(after, page.next());
        }
        if (changed > 0) {
            Log.infof("request feed: %d projected requests changed", changed);
        }
        return changed;
    }
}
