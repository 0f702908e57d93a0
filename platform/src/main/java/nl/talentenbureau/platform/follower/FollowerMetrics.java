package nl.talentenbureau.platform.follower;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;

/** The followers' lag as gauges per feed: {@code feed_follower_events_behind}, {@code feed_follower_seconds_behind}. */
@ApplicationScoped
@IfBuildProperty(name = FeedFollowers.ENABLED, stringValue = "true")
class FollowerMetrics {

    private final FeedFollowers followers;
    private final MeterRegistry registry;

    FollowerMetrics(FeedFollowers followers, MeterRegistry registry) {
        this.followers = followers;
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent start) {
        for (FeedFollower follower : followers.all()) {
            Gauge.builder("feed.follower.events.behind", follower,
                    f -> f.status().eventsBehind() == null ? Double.NaN : f.status().eventsBehind())
                    .description("Events the producer has after this service's cursor")
                    .tag("feed", follower.feed()).register(registry);
            Gauge.builder("feed.follower.seconds.behind", follower, f -> f.status().secondsBehind())
                    .description("Age of the oldest event read and not yet applied; 0 when caught up")
                    .baseUnit("seconds").tag("feed", follower.feed()).register(registry);
            Gauge.builder("feed.follower.position", follower, f -> f.status().position())
                    .description("The feed position applied").tag("feed", follower.feed()).register(registry);
        }
    }
}
