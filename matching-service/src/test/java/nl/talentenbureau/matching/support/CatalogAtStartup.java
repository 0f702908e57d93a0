package nl.talentenbureau.matching.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import nl.talentenbureau.platform.follower.FeedFollowers;

/**
 * Tests follow the feeds by hand; this applies the stub's preloaded catalogue ({@link CatalogEvents}) once at start,
 * so every test finds the kernen, talents and trainings, as a deployed service has them from volunteer-service.
 */
@ApplicationScoped
class CatalogAtStartup {

    private final FeedFollowers followers;

    CatalogAtStartup(FeedFollowers followers) {
        this.followers = followers;
    }

    void onStart(@Observes StartupEvent start) {
        followers.catchUp(Feeds.VOLUNTEERS);
    }
}
