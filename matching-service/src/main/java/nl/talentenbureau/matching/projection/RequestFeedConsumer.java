package nl.talentenbureau.matching.projection;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/** Follows request-service's feed into the projection. */
@ApplicationScoped
class RequestFeedConsumer implements FeedConsumer {

    private final ProjectionWriter writer;

    RequestFeedConsumer(ProjectionWriter writer) {
        this.writer = writer;
    }

    @Override
    public String feed() {
        return Feed.REQUESTS.key();
    }

    @Override
    public void apply(FollowedEvent event) {
        writer.applyRequest(event);
    }
}
