package nl.talentenbureau.volunteer.matchfeed;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;
import nl.talentenbureau.volunteer.core.Profiles;

/**
 * Follows matching-service's feed (the platform follower keeps the cursor, the transactions and the quarantine) to
 * know which organisation has which match with which volunteer: ids, organisation and status, nothing else. A match
 * event only replaces an older version, so applying it again changes nothing. Events of a volunteer this service does
 * not know or has erased are passed over: nothing about an erased person comes back.
 */
@ApplicationScoped
public class MatchFeedConsumer implements FeedConsumer {

    /** The feed's name: its cursor row and its settings ({@code follower.feeds.matching.*}). */
    public static final String FEED = "matching";

    private static final Set<String> KNOWN = Set.of("MatchProposed", "MatchAccepted", "MatchDeclined",
            "MatchExpired", "MatchWithdrawn", "MatchActivated", "MatchCompleted", "MatchEnded");

    private final MatchLinkRepository links;
    private final Profiles profiles;
    private final ObjectMapper json;

    public MatchFeedConsumer(MatchLinkRepository links, Profiles profiles, ObjectMapper json) {
        this.links = links;
        this.profiles = profiles;
        this.json = json;
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public void apply(FollowedEvent event) {
        if (event.type() == null || !KNOWN.contains(event.type())) {
            return;
        }
        Snapshot snapshot = read(event);
        MatchLink link = links.findById(snapshot.matchId());
        if (link != null && link.version >= snapshot.version()) {
            return;
        }
        if (!profiles.present(snapshot.volunteerId())) {
            if (link != null) {
                links.delete(link);
            }
            return;
        }
        boolean created = link == null;
        if (created) {
            link = new MatchLink();
            link.matchId = snapshot.matchId();
        }
        link.volunteerId = snapshot.volunteerId();
        link.organisation = snapshot.organisation();
        link.status = snapshot.status();
        link.version = snapshot.version();
        if (created) {
            links.persist(link);
        }
    }

    private Snapshot read(FollowedEvent event) {
        return event.payloadAs(json, Snapshot.class, s -> s.matchId() != null && s.volunteerId() != null
                && s.organisation() != null && s.status() != null);
    }

    /** The part of matching-service's match event this service reads (it owns its own copy of the shape). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(UUID matchId, long version, UUID volunteerId, String organisation, String status) {
    }
}
