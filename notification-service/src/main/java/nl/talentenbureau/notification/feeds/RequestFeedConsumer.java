package nl.talentenbureau.notification.feeds;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.notification.followed.Followed;
import nl.talentenbureau.notification.followed.RequestFacts;
import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/** Follows request-service's feed for what a message says about a request: theme, kern, schedule, status. */
@ApplicationScoped
public class RequestFeedConsumer implements FeedConsumer {

    public static final String FEED = "requests";

    private final Followed followed;
    private final ObjectMapper json;

    public RequestFeedConsumer(Followed followed, ObjectMapper json) {
        this.followed = followed;
        this.json = json;
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("request");
    }

    @Override
    public void apply(FollowedEvent event) {
        Payloads.RequestPayload r = event.payloadAs(json, Payloads.RequestPayload.class, p -> p.id() != null
                && p.version() != null && p.status() != null && p.organisation() != null);
        followed.followRequest(new RequestFacts(r.id(), r.version(), r.organisation(), r.status(), r.theme(),
                r.kern(), r.schedule(), r.urgency(), r.dueDate()));
    }
}
