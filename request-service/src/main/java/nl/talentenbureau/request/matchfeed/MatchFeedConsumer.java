package nl.talentenbureau.request.matchfeed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import nl.talentenbureau.platform.follower.FeedConsumer;
import nl.talentenbureau.platform.follower.FollowedEvent;
import nl.talentenbureau.request.request.MatchTally;
import nl.talentenbureau.request.request.RequestLifecycle;
import nl.talentenbureau.request.request.RequestStatus;

/**
 * Follows matching-service's feed (the platform follower does the cursor, the transactions and the quarantine): each
 * match event updates the followed match and moves its request along (with the request's outbox events and webhook
 * deliveries), in the transaction of its page. Applying is idempotent: a match event only replaces an older version.
 * An event this service cannot read is refused, so it is retried and then quarantined, never silently dropped. The
 * volunteer's account subject is held only while the match is open or live (what the subject's token may see hangs
 * on it); a closed match forgets it.
 */
@ApplicationScoped
public class MatchFeedConsumer implements FeedConsumer {

    /** The feed's name: its cursor row ({@code feed_cursor}) and settings ({@code follower.feeds.matching.*}). */
    public static final String FEED = "matching";

    /** The match events; any other type in the feed (matching-service may add some) is passed over. */
    private static final Set<String> KNOWN = Set.of("MatchProposed", "MatchAccepted", "MatchDeclined",
            "MatchExpired", "MatchWithdrawn", "MatchActivated", "MatchCompleted", "MatchEnded");
    /** The volunteer's account subject changed; the match itself did not (same version). */
    static final String VOLUNTEER_LINKED = "MatchVolunteerLinked";
    /** The match's volunteer was erased (on each of her matches, also long closed ones; same version). */
    static final String VOLUNTEER_ERASED = "MatchVolunteerErased";

    private final FollowedMatchRepository matches;
    private final RequestLifecycle requests;
    private final Event<MatchVolunteerErased> volunteerErased;
    private final ObjectMapper json;

    public MatchFeedConsumer(FollowedMatchRepository matches, RequestLifecycle requests,
            Event<MatchVolunteerErased> volunteerErased, ObjectMapper json) {
        this.matches = matches;
        this.requests = requests;
        this.volunteerErased = volunteerErased;
        this.json = json;
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public void apply(FollowedEvent event) {
        if (VOLUNTEER_LINKED.equals(event.type())) {
            relink(read(event));
            return;
        }
        if (VOLUNTEER_ERASED.equals(event.type())) {
            forget(read(event));
            return;
        }
        if (event.type() == null || !KNOWN.contains(event.type())) {
            return;
        }
        MatchSnapshot match = read(event);
        if (follow(match)) {
            progress(match.requestId());
        }
    }

    /** @return whether the followed match changed (false: the stored version is the same or newer) */
    private boolean follow(MatchSnapshot snapshot) {
        FollowedMatch match = matches.findById(snapshot.matchId());
        if (match != null && match.version >= snapshot.version()) {
            return false;
        }
        boolean created = match == null;
        if (created) {
            match = new FollowedMatch();
            match.matchId = snapshot.matchId();
        }
        match.requestId = snapshot.requestId();
        // the subject is kept only while it can open anything: a volunteer who stopped or was erased has their
        // matches closed, and nothing of theirs is left here
        match.volunteerSubject = snapshot.status().closed() ? null : snapshot.volunteerSubject();
        match.status = snapshot.status();
        match.version = snapshot.version();
        match.updatedAt = OffsetDateTime.now();
        if (created) {
            // Hibernate takes the insert's values at persist: fill the row first
            matches.persist(match);
        }
        return true;
    }

    /**
     * Takes the volunteer's new subject for a match followed at that version or an older one (a newer event carried
     * the subject itself); a closed match keeps none.
     */
    private void relink(MatchSnapshot snapshot) {
        FollowedMatch match = matches.findById(snapshot.matchId());
        if (match == null || match.version > snapshot.version() || match.status.closed()) {
            return;
        }
        match.volunteerSubject = snapshot.volunteerSubject();
        match.updatedAt = OffsetDateTime.now();
    }

    /** Her erasure: the followed match forgets her subject, and the features that keep something of hers forget it. */
    private void forget(MatchSnapshot snapshot) {
        FollowedMatch match = matches.findById(snapshot.matchId());
        if (match != null && match.volunteerSubject != null) {
            match.volunteerSubject = null;
            match.updatedAt = OffsetDateTime.now();
        }
        volunteerErased.fire(new MatchVolunteerErased(snapshot.matchId()));
    }

    private int progress(UUID requestId) {
        matches.flush();
        List<FollowedMatch> all = matches.ofRequest(requestId);
        MatchTally tally = new MatchTally(
                (int) all.stream().filter(m -> m.status.live()).count(),
                (int) all.stream().filter(m -> m.status == MatchStatus.ACTIVE).count(),
                (int) all.stream().filter(m -> m.status == MatchStatus.COMPLETED).count());
        List<RequestStatus> steps = requests.followMatches(requestId, tally);
        if (!steps.isEmpty()) {
            Log.infof("request %s follows its matches: %s", requestId, steps);
        }
        return steps.size();
    }

    private MatchSnapshot read(FollowedEvent event) {
        return event.payloadAs(json, MatchSnapshot.class,
                m -> m.matchId() != null && m.requestId() != null && m.status() != null);
    }
}
