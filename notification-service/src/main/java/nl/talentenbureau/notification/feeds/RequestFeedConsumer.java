package nl.talentenbureau.notification.feeds;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
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
        Payloads.RequestPayload r;
        RequestFacts.Schedule schedule;
        try {
            r = json.treeToValue(event.payload(), Payloads.RequestPayload.class);
            schedule = r == null || r.schedule() == null || r.schedule().isNull()
                    ? null
                    : json.treeToValue(r.schedule(), RequestFacts.Schedule.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable " + event.type() + " event at seq " + event.seq(), e);
        }
        if (r == null || r.id() == null || r.version() == null || r.status() == null || r.organisation() == null) {
            throw new IllegalArgumentException("incomplete " + event.type() + " event at seq " + event.seq());
        }
        followed.followRequest(new RequestFacts(r.id(), r.version(), r.organisation(), r.status(), r.theme(),
                r.kern(), schedule, r.urgency(), r.dueDate()));
    }
}
