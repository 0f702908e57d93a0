package nl.talentenbureau.matching.projection;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.platform.follower.AppliedPage;
import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/** Follows volunteer-service's feed into the projection, and rebuilds the index after a page with volunteers. */
@ApplicationScoped
class VolunteerFeedConsumer implements FeedConsumer {

    private final ProjectionWriter writer;
    private final CurrentIndex index;

    VolunteerFeedConsumer(ProjectionWriter writer, CurrentIndex index) {
        this.writer = writer;
        this.index = index;
    }

    @Override
    public String feed() {
        return Feed.VOLUNTEERS.key();
    }

    @Override
    public void apply(FollowedEvent event) {
        writer.applyVolunteer(event);
    }

    @Override
    public void afterCommit(AppliedPage page) {
        if (page.events().stream().anyMatch(e -> e.type() != null && e.type().startsWith("Volunteer"))) {
            index.rebuild();
        }
    }
}
