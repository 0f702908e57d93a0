package nl.talentenbureau.request.matchfeed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import nl.talentenbureau.request.request.MatchTally;
import nl.talentenbureau.request.request.RequestService;
import nl.talentenbureau.request.request.RequestStatus;

/**
 * Applies one page of the matching feed and moves the cursor in the same transaction: after a crash either the
 * followed matches, the request steps (with their outbox events and webhook deliveries) and the cursor are all
 * stored, or none is. Applying is idempotent anyway: a match event only replaces an older version.
 */
@ApplicationScoped
public class MatchFeedWriter {

    static final String FEED = "matching";

    /** The match events; any other type in the feed (matching-service may add some) is passed over. */
    private static final Set<String> KNOWN = Set.of("MatchProposed", "MatchAccepted",
            "MatchDeclined", "MatchExpired", "MatchActivated", "MatchCompleted", "MatchEnded");

    private final FollowedMatchRepository matches;
    private final FeedCursorRepository cursors;
    private final RequestService requests;
    private final ObjectMapper json;

    public MatchFeedWriter(FollowedMatchRepository matches, FeedCursorRepository cursors, RequestService requests,
            ObjectMapper json) {
        this.matches = matches;
        this.cursors = cursors;
        this.requests = requests;
        this.json = json;
    }

    /** @return how many request steps the page caused */
    @Transactional
    public int apply(FeedPage page) {
        int steps = 0;
        for (FeedEvent event : page.events()) {
            MatchSnapshot match = read(event);
            if (match != null && follow(match)) {
                steps += progress(match.requestId());
            }
        }
        cursors.moveTo(FEED, page.next());
        return steps;
    }

    /** The cursor: the last position applied, 0 before the first event. */
    public long position() {
        return cursors.position(FEED);
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
        match.volunteerSubject = snapshot.volunteerSubject();
        match.status = snapshot.status();
        match.version = snapshot.version();
        match.updatedAt = OffsetDateTime.now();
        if (created) {
            // Hibernate takes the insert's values at persist: fill the row first
            matches.persist(match);
        }
        return true;
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

    /** A payload this service cannot read is skipped (and logged by seq), so one bad event cannot stop the feed. */
    private MatchSnapshot read(FeedEvent event) {
        if (event.type() == null || !KNOWN.contains(event.type()) || event.payload() == null) {
            return null;
        }
        try {
            MatchSnapshot snapshot = json.treeToValue(event.payload(), MatchSnapshot.class);
            if (snapshot.matchId() == null || snapshot.requestId() == null || snapshot.status() == null) {
                Log.warnf("skipped incomplete %s event at seq %d", event.type(), event.seq());
                return null;
            }
            return snapshot;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Log.warnf("skipped unreadable %s event at seq %d", event.type(), event.seq());
            return null;
        }
    }
}
