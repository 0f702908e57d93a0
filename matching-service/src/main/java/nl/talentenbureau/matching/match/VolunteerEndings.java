package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import nl.talentenbureau.matching.projection.VolunteerLeft;
import nl.talentenbureau.platform.feed.OutboxWriter;

/**
 * When the volunteer feed says a volunteer stopped or was erased, their open offers are withdrawn (PROPOSED ->
 * WITHDRAWN, {@code MatchWithdrawn}) and their live matches end (ACCEPTED / ACTIVE -> ENDED, {@code MatchEnded}),
 * each event with its {@link ClosedBecause} code, so no request keeps a volunteer who left and request-service stops
 * showing them the requester. An erasure also blanks the free text on the volunteer's matches, and their account
 * subject in every event their matches wrote before, so the feed's history no longer names the account.
 * Synchronously, in the transaction that applies the feed page (as {@link RequestEndings}); idempotent: a match
 * already closed is left as it is.
 */
@ApplicationScoped
public class VolunteerEndings {

    static final String STOPPED_REASON = "the volunteer stopped";
    static final String ERASED_REASON = "the volunteer was erased";

    /** What an erasure overwrites in the earlier events of the volunteer's matches. */
    private static final Map<String, Object> FORGOTTEN_SUBJECT = Collections.singletonMap("volunteerSubject", null);

    private final MatchRepository matches;
    private final MatchClosings closings;
    private final OutboxWriter outbox;
    private final MatchTransitions transitions;

    public VolunteerEndings(MatchRepository matches, MatchClosings closings, OutboxWriter outbox,
            MatchTransitions transitions) {
        this.matches = matches;
        this.closings = closings;
        this.outbox = outbox;
        this.transitions = transitions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onVolunteerLeft(@Observes VolunteerLeft left) {
        boolean erased = left.why() == VolunteerLeft.Why.ERASED;
        List<UUID> all = erased ? matches.allOfVolunteer(left.volunteerId()) : List.of();
        if (erased) {
            matches.forgetTextOf(left.volunteerId());
            // before the endings below append their events: blanking must come first
            for (UUID match : all) {
                outbox.blank(MatchTransitions.AGGREGATE, match, FORGOTTEN_SUBJECT);
            }
        }
        List<UUID> open = matches.openOrLiveOfVolunteer(left.volunteerId());
        if (!open.isEmpty()) {
            String reason = erased ? ERASED_REASON : STOPPED_REASON;
            ClosedBecause because = erased ? ClosedBecause.VOLUNTEER_ERASED : ClosedBecause.VOLUNTEER_STOPPED;
            int changed = closings.close(open, MatchSteps::whenVolunteerLeaves, reason, because);
            Log.infof("volunteer %s %s: %d of their offers and matches withdrawn or ended", left.volunteerId(),
                    left.why().name().toLowerCase(), changed);
        }
        // after the endings: every match she ever had tells its consumers, who may keep something of hers under a
        // match closed long ago
        OffsetDateTime now = MatchTransitions.now();
        for (UUID match : all) {
            transitions.publishErased(match, now);
        }
    }
}
