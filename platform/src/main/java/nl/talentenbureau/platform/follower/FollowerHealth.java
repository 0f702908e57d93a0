package nl.talentenbureau.platform.follower;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Readiness of the followed feeds: DOWN while a follower has read events older than its {@code max-lag} and not yet
 * applied them (a replica still catching up should not answer from a stale projection). A producer that is down does
 * not make this service unready: it goes on with what it has. Every feed's position and lag is in the data.
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(name = FeedFollowers.ENABLED, stringValue = "true")
class FollowerHealth implements HealthCheck {

    private final FeedFollowers followers;
    private final FollowerConfig config;

    FollowerHealth(FeedFollowers followers, FollowerConfig config) {
        this.followers = followers;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("feeds").up();
        for (FeedFollower follower : followers.all()) {
            FollowerStatus status = follower.status();
            Duration maxLag = config.feeds().get(follower.feed()).maxLag();
            String prefix = follower.feed() + ".";
            response.withData(prefix + "position", status.position())
                    .withData(prefix + "secondsBehind", String.valueOf(status.secondsBehind()))
                    .withData(prefix + "eventsBehind",
                            status.eventsBehind() == null ? "unknown" : status.eventsBehind().toString())
                    .withData(prefix + "reachable", status.reachable());
            if (status.secondsBehind() > maxLag.toSeconds()) {
                response.down();
            }
        }
        return response.build();
    }
}
