package nl.talentenbureau.matching.projection;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.platform.follower.AppliedPage;
import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Follows volunteer-service's feed into the projection: volunteers and the catalogue (kernen, talents, trainings), and
 * updates the index after a page that changed either.
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

    /**
     * A page of volunteer events changes those volunteers in the index in place; a catalogue event (rare: an admin
     * adds a kern or talent) rebuilds it, as the numbering of talents, trainings and kernen may change.
     */
    @Override
    public void afterCommit(AppliedPage page) {
        if (page.events().stream().anyMatch(e -> CatalogProjection.AGGREGATE_TYPE.equals(e.aggregateType()))) {
            index.rebuild();
            return;
        }
        Set<UUID> volunteers = new LinkedHashSet<>();
        for (FollowedEvent event : page.events()) {
            if (event.type() != null && event.type().startsWith("Volunteer")) {
                volunteers.add(ProjectionWriter.idOf(event));
            }
        }
        if (!volunteers.isEmpty()) {
            index.update(volunteers);
        }
    }
}
