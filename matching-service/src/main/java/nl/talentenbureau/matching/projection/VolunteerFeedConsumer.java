package nl.talentenbureau.matching.projection;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.platform.follower.AppliedPage;
import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Follows volunteer-service's feed into the projection: volunteers and the catalogue (kernen, talents, trainings), and
 * rebuilds the index after a page that changed either.
 */
@ApplicationScoped
class VolunteerFeedConsumer implements FeedConsumer {

    private final ProjectionWriter writer;
    private final CatalogProjection catalog;
    private final CurrentIndex index;

    VolunteerFeedConsumer(ProjectionWriter writer, CatalogProjection catalog, CurrentIndex index) {
        this.writer = writer;
        this.catalog = catalog;
        this.index = index;
    }

    @Override
    public String feed() {
        return Feed.VOLUNTEERS.key();
    }

    @Override
    public void apply(FollowedEvent event) {
        if (CatalogProjection.AGGREGATE_TYPE.equals(event.aggregateType())) {
            catalog.apply(event);
        } else {
            writer.applyVolunteer(event);
        }
    }

    @Override
    public void afterCommit(AppliedPage page) {
        if (page.events().stream().anyMatch(VolunteerFeedConsumer::changesTheIndex)) {
            index.rebuild();
        }
    }

    private static boolean changesTheIndex(FollowedEvent event) {
        return CatalogProjection.AGGREGATE_TYPE.equals(event.aggregateType())
                || event.type() != null && event.type().startsWith("Volunteer");
    }
}
