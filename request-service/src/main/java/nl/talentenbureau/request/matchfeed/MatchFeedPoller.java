package nl.talentenbureau.request.matchfeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Follows matching-service's feed: reads the page after the stored cursor and applies it with the cursor in one
 * transaction, page after page until the feed has no more. When matching-service is down the client's fallback
 * answers "unreachable", the run ends quietly and the next one tries again from the same cursor.
 */
@ApplicationScoped
public class MatchFeedPoller {

    private static final int MAX_PAGES_PER_RUN = 100;

    private final MatchFeedClient client;
    private final MatchFeedWriter writer;

    public MatchFeedPoller(MatchFeedClient client, MatchFeedWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    @Scheduled(every = "${request.matching-feed.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "matching-feed-poller")
    void scheduled() {
        try {
            poll();
        } catch (RuntimeException e) {
            // a page that cannot be applied now (a concurrent manual step won the row): the next run retries it
            Log.warnf("matching feed: page not applied, retried next run: %s", e.getClass().getSimpleName());
        }
    }

    /** @return how many request steps the new events caused */
    @ActivateRequestContext
    public synchronized int poll() {
        int steps = 0;
        long after = writer.position();
        for (int pages = 0; pages < MAX_PAGES_PER_RUN; pages++) {
            FeedPage page = client.events(after);
            if (!page.reachable() || page.events().isEmpty()) {
                break;
            }
            steps += writer.apply(page);
            after = Math.max(after, page.next());
        }
        if (steps > 0) {
            Log.infof("matching feed: %d request steps", steps);
        }
        return steps;
    }
}
