package nl.talentenbureau.notification.feeds;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.notification.delivery.Outbox;
import nl.talentenbureau.notification.followed.Followed;
import nl.talentenbureau.notification.followed.VolunteerState;
import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;

/**
 * Follows volunteer-service's feed (volunteer events only): keeps per volunteer only what the renewal notices and the
 * log need. VolunteerErased deletes the row and every message to that volunteer not yet delivered.
 */
@ApplicationScoped
public class VolunteerFeedConsumer implements FeedConsumer {

    public static final String FEED = "volunteers";
    static final String ERASED = "VolunteerErased";

    private final Followed followed;
    private final Outbox outbox;
    private final ObjectMapper json;

    public VolunteerFeedConsumer(Followed followed, Outbox outbox, ObjectMapper json) {
        this.followed = followed;
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public Set<String> aggregateTypes() {
        return Set.of("volunteer");
    }

    @Override
    public void apply(FollowedEvent event) {
        Payloads.VolunteerPayload v = read(event);
        if (ERASED.equals(event.type())) {
            followed.forgetVolunteer(v.id());
            outbox.forgetVolunteer(v.id());
            return;
        }
        if (event.redacted()) {
            return; // an event of a volunteer erased since: the erasure follows on the feed
        }
        if (v.version() == null) {
            throw new IllegalArgumentException("volunteer event without a version at seq " + event.seq());
        }
        Map<String, LocalDate> trainings = new LinkedHashMap<>();
        if (v.trainings() != null) {
            v.trainings().stream().filter(t -> t.code() != null && t.expiresOn() != null)
                    .forEach(t -> trainings.put(t.code(), t.expiresOn()));
        }
        // contract 1: events before issue 11 carry no reachBy: EMAIL when the volunteer has an account, else PHONE
        String reachBy = v.reachBy() != null ? v.reachBy() : v.subject() == null ? "PHONE" : "EMAIL";
        followed.followVolunteer(new VolunteerState(v.id(), v.version(), v.subject(), v.status(), reachBy,
                v.organisations() == null ? List.of() : v.organisations(), v.vogValidUntil(), trainings));
    }

    private Payloads.VolunteerPayload read(FollowedEvent event) {
        return event.payloadAs(json, Payloads.VolunteerPayload.class, v -> v.id() != null);
    }
}
