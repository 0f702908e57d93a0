package nl.talentenbureau.platform.follower;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The follower's settings: {@code follower.start} and one {@code follower.feeds.<feed>.*} group per followed feed. */
@ConfigMapping(prefix = "follower")
public interface FollowerConfig {

    /** Whether each feed's loop starts with the service; tests switch it off and follow by hand. */
    @WithDefault("true")
    boolean start();

    Map<String, FeedSettings> feeds();

    interface FeedSettings {

        /** The producing service's base address ({@code /internal/events} is appended). */
        String url();

        /** Events per page, and so per transaction: a short transaction holds the outbox lock only briefly. */
        @WithDefault("100")
        int pageSize();

        /** How long one read waits on the producer for a first new event (long-poll); 0 polls. */
        @WithDefault("10")
        int waitSeconds();

        /** After how many failed attempts an event is set aside in the quarantine. */
        @WithDefault("5")
        int maxAttempts();

        /** The wait after the first failure; it doubles with every further failure up to {@link #maxBackoff()}. */
        @WithDefault("PT0.2S")
        Duration initialBackoff();

        @WithDefault("PT30S")
        Duration maxBackoff();

        /**
         * The longest wait while the producer or Keycloak cannot be reached (no event failed): the feed goes on within
         * this once they are back. Before, such an outage doubled the wait up to {@link #maxBackoff()}, and a feed
         * could lie still for 30 s after Keycloak had returned.
         */
        @WithDefault("PT5S")
        Duration maxUnreachableBackoff();

        @WithDefault("PT2S")
        Duration connectTimeout();

        /** Readiness is DOWN while the oldest unapplied event read is older than this. */
        @WithDefault("PT5M")
        Duration maxLag();
    }
}
