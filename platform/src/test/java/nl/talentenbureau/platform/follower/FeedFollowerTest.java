package nl.talentenbureau.platform.follower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The follower's loop logic with a fake feed and store: what is applied, quarantined, retried and skipped. */
class FeedFollowerTest {

    private final FakeFeed feed = new FakeFeed();
    private final FakeStore store = new FakeStore();
    private final RecordingConsumer consumer = new RecordingConsumer();
    private final FeedFollower follower = new FeedFollower(consumer, new Settings(3), feed, store,
            Clock.systemUTC());

    @Test
    void appliesEveryPageAndMovesTheCursor() {
        feed.add(5);

        assertThat(follower.catchUp()).isEqualTo(5);

        assertThat(consumer.applied).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(store.position).isEqualTo(5);
        assertThat(follower.status().position()).isEqualTo(5);
        assertThat(follower.status().eventsBehind()).isZero();
    }

    @Test
    void aPoisonEventIsRetriedThenQuarantinedAndTheRestIsApplied() {
        feed.add(5);
        consumer.poison.add(3L);

        FeedFollower.Step first = follower.step(0);
        assertThat(first.failed()).isTrue();
        assertThat(consumer.applied).containsExactly(1L, 2L);
        assertThat(store.position).isEqualTo(2);
        assertThat(store.quarantined).isEmpty();

        assertThat(follower.step(0).failed()).isTrue();
        FeedFollower.Step third = follower.step(0);

        assertThat(third.failed()).isFalse();
        assertThat(store.quarantined).containsExactly(3L);
        assertThat(consumer.applied).containsExactly(1L, 2L, 4L, 5L);
        assertThat(store.position).isEqualTo(5);
    }

    @Test
    void aFailingStoreNeverQuarantinesAGoodEvent() {
        feed.add(2);
        store.down = true;

        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                assertThat(follower.step(0).failed()).isTrue();
            } catch (IllegalStateException expected) {
                // from the attempt that would quarantine: the store is down for that too
            }
        }
        store.down = false;

        assertThat(follower.catchUp()).isEqualTo(2);
        assertThat(store.quarantined).isEmpty();
    }

    @Test
    void anUnreachableFeedLeavesTheCursorAndIsReported() {
        feed.add(1);
        feed.down = true;

        assertThatThrownBy(() -> follower.step(0)).isInstanceOf(FeedUnreachable.class);

        assertThat(store.position).isZero();
        assertThat(follower.status().reachable()).isFalse();
        feed.down = false;
        assertThat(follower.catchUp()).isEqualTo(1);
        assertThat(follower.status().reachable()).isTrue();
    }

    @Test
    void eventsAnotherReplicaAppliedAreNotAppliedAgain() {
        feed.add(4);
        store.position = 2;

        follower.catchUp();

        assertThat(consumer.applied).containsExactly(3L, 4L);
    }

    @Test
    void lagIsTheAgeOfTheOldestUnappliedEventRead() {
        feed.add(1, OffsetDateTime.now().minusSeconds(90));
        consumer.poison.add(1L);

        follower.step(0);

        assertThat(follower.status().secondsBehind()).isGreaterThanOrEqualTo(89);
        assertThat(follower.status().lastError()).isEqualTo("IllegalArgumentException");
    }

    @Test
    void aShortPageAppliedMeansCaughtUpEvenWhenTheFeedThenGoesDown() {
        feed.add(2, OffsetDateTime.now().minusMinutes(10));

        follower.step(0);
        feed.down = true;

        assertThat(follower.status().secondsBehind()).isZero();
        assertThat(follower.status().eventsBehind()).isZero();
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(350));

        assertThat(List.of(backoff.next(), backoff.next(), backoff.next(), backoff.next()))
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(350),
                        Duration.ofMillis(350));
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void whileTheProducerCannotBeReachedTheWaitStaysShort() {
        FeedFollower outage = new FeedFollower(consumer,
                new Settings(3, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofSeconds(5)), feed, store,
                Clock.systemUTC());

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waits.add(outage.waitWhileUnreachable());
        }

        // Keycloak down for a minute: it doubles from 200 ms, but never past 5 s (not the 30 s for a failing event),
        // so the feed goes on within 5 s once Keycloak is back
        assertThat(waits.subList(0, 5)).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofMillis(3200));
        assertThat(waits.subList(5, 10)).containsOnly(Duration.ofSeconds(5));
    }

    /** Waits of 1 to 2 ms by default; the outage test takes a real feed's (from 200 ms, 30 s, 5 s unreachable). */
    private record Settings(int maxAttempts, Duration initialBackoff, Duration maxBackoff,
            Duration maxUnreachableBackoff) implements FollowerConfig.FeedSettings {

        Settings(int maxAttempts) {
            this(maxAttempts, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(2));
        }

        @Override
        public String url() {
            return "http://feed.test";
        }

        @Override
        public int pageSize() {
            return 10;
        }

        @Override
        public int waitSeconds() {
            return 0;
        }

        @Override
        public Duration connectTimeout() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration maxLag() {
            return Duration.ofMinutes(5);
        }
    }

    private static final class FakeFeed implements PageSource {

        final List<FollowedEvent> events = new ArrayList<>();
        boolean down;

        void add(int count) {
            for (int i = 0; i < count; i++) {
                add(1, OffsetDateTime.now());
            }
        }

        void add(int count, OffsetDateTime at) {
            for (int i = 0; i < count; i++) {
                events.add(new FollowedEvent(events.size() + 1, "Thing", "thing", "id", at, null));
            }
        }

        @Override
        public FollowedPage read(long after, int limit, int waitSeconds) {
            if (down) {
                throw new FeedUnreachable("things", new java.net.ConnectException());
            }
            List<FollowedEvent> page = events.stream().filter(e -> e.seq() > after).limit(limit).toList();
            long head = events.isEmpty() ? 0 : events.getLast().seq();
            return new FollowedPage(page, page.isEmpty() ? after : page.getLast().seq(), head);
        }
    }

    /** Applies like the real store: all events of a call or none, skipping those at or before the cursor. */
    private static final class FakeStore implements PageStore {

        long position;
        boolean down;
        final List<Long> quarantined = new ArrayList<>();

        @Override
        public long position(String feed) {
            return position;
        }

        @Override
        public AppliedPage apply(FeedConsumer consumer, List<FollowedEvent> events, long next) {
            if (down) {
                throw new IllegalStateException("database down");
            }
            RecordingConsumer recording = (RecordingConsumer) consumer;
            List<Long> before = new ArrayList<>(recording.applied);
            List<FollowedEvent> fresh = new ArrayList<>();
            try {
                for (FollowedEvent event : events) {
                    if (event.seq() > position) {
                        consumer.apply(event);
                        fresh.add(event);
                    }
                }
            } catch (RuntimeException e) {
                recording.applied.clear();
                recording.applied.addAll(before);
                throw e;
            }
            position = Math.max(position, next);
            return new AppliedPage(consumer.feed(), fresh, position);
        }

        @Override
        public void quarantine(FeedConsumer consumer, FollowedEvent event, Throwable error, int attempts) {
            if (down) {
                throw new IllegalStateException("database down");
            }
            quarantined.add(event.seq());
            position = Math.max(position, event.seq());
        }
    }

    private static final class RecordingConsumer implements FeedConsumer {

        final List<Long> applied = new ArrayList<>();
        final Set<Long> poison = new HashSet<>();

        @Override
        public String feed() {
            return "things";
        }

        @Override
        public void apply(FollowedEvent event) {
            if (poison.contains(event.seq())) {
                throw new IllegalArgumentException("cannot apply");
            }
            applied.add(event.seq());
        }
    }
}
