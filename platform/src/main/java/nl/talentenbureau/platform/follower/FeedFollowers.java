package nl.talentenbureau.platform.follower;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.All;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * One {@link FeedFollower} per {@link FeedConsumer} bean of the service, each on its own thread (a platform thread:
 * the long-poll blocks inside a synchronized step, which would pin a virtual thread's carrier on JDK 21). Switched on
 * per service with the build-time property {@value #ENABLED}.
 */
@ApplicationScoped
@IfBuildProperty(name = FeedFollowers.ENABLED, stringValue = "true")
public class FeedFollowers {

    public static final String ENABLED = "platform.feed-follower.enabled";

    private final FollowerConfig config;
    private final FollowerStore store;
    private final Map<String, FeedFollower> followers = new LinkedHashMap<>();
    private final Map<String, FeedSource> sources = new LinkedHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    FeedFollowers(@All List<FeedConsumer> consumers, FollowerConfig config, FollowerStore store) {
        this.config = config;
        this.store = store;
        for (FeedConsumer consumer : consumers) {
            FollowerConfig.FeedSettings settings = config.feeds().get(consumer.feed());
            if (settings == null) {
                throw new IllegalStateException("no settings for the followed feed '" + consumer.feed()
                        + "': set follower.feeds." + consumer.feed() + ".url");
            }
            FeedSource source = new FeedSource(consumer, settings);
            sources.put(consumer.feed(), source);
            followers.put(consumer.feed(), new FeedFollower(consumer, settings, source, store, Clock.systemUTC()));
        }
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.start()) {
            return;
        }
        for (FeedFollower follower : followers.values()) {
            threads.add(Thread.ofPlatform().daemon().name("feed-follower-" + follower.feed()).start(follower::run));
        }
        Log.infof("following feeds %s", followers.keySet());
    }

    void onStop(@Observes ShutdownEvent stop) {
        followers.values().forEach(FeedFollower::stop);
        threads.forEach(Thread::interrupt);
    }

    public List<FeedFollower> all() {
        return List.copyOf(followers.values());
    }

    public FeedFollower follower(String feed) {
        FeedFollower follower = followers.get(feed);
        if (follower == null) {
            throw ProblemException.notFound("feed " + feed);
        }
        return follower;
    }

    /** Follows one feed until it has nothing more, now, on the caller's thread (tests; operators after a fix). */
    public int catchUp(String feed) {
        return follower(feed).catchUp();
    }

    /**
     * Applies a page that was read earlier, the way any replica applies what it read: under the cursor lock, only the
     * events after the stored position (tests use it to play a lagging replica).
     */
    public AppliedPage applyPage(String feed, FollowedPage page) {
        AppliedPage applied = store.apply(follower(feed).consumer(), page.events(), page.next());
        if (!applied.isEmpty()) {
            follower(feed).consumer().afterCommit(applied);
        }
        return applied;
    }

    public List<QuarantinedEvent> quarantined() {
        return store.quarantined();
    }

    public long quarantinedCount(String feed) {
        return store.quarantinedCount(feed);
    }

    /**
     * Reads a quarantined event from its feed again and applies it; on success it leaves the quarantine. Applying
     * an old event after newer ones is safe: consumers apply idempotently and never replace a newer version.
     *
     * @throws ProblemException not-found when it is not quarantined; conflict when it fails again (it stays) or its
     *             feed no longer has it
     */
    public void retry(String feed, long seq) {
        FeedFollower follower = follower(feed);
        QuarantinedEvent quarantined = store.quarantined(feed, seq)
                .orElseThrow(() -> ProblemException.notFound("quarantined event " + feed + "/" + seq));
        Optional<FollowedEvent> event = sources.get(feed).event(seq);
        if (event.isEmpty()) {
            throw ProblemException.conflict("feed " + feed + " no longer has event " + seq + "; skip it instead");
        }
        try {
            store.retry(follower.consumer(), event.get());
        } catch (RuntimeException e) {
            store.countFailure(feed, seq, e);
            throw ProblemException.conflict("event " + seq + " (" + quarantined.type() + ") failed again: "
                    + FollowerStore.kinds(e));
        }
        follower.consumer().afterCommit(new AppliedPage(feed, List.of(event.get()), follower.status().position()));
        Log.infof("feed %s: quarantined event %d applied on retry", feed, seq);
    }

    /** Gives up on a quarantined event: it leaves the quarantine unapplied. */
    public void skip(String feed, long seq) {
        follower(feed);
        if (!store.remove(feed, seq)) {
            throw ProblemException.notFound("quarantined event " + feed + "/" + seq);
        }
        Log.warnf("feed %s: quarantined event %d skipped by an operator", feed, seq);
    }
}
