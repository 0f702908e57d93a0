package nl.talentenbureau.matching.match;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import nl.talentenbureau.matching.projection.VolunteerLeft;

/**
 * When the volunteer feed says a volunteer stopped or was erased, their open offers are withdrawn (PROPOSED ->
 * WITHDRAWN, {@code MatchWithdrawn}) and their live matches end (ACCEPTED / ACTIVE -> ENDED, {@code MatchEnded}),
 * each event with its {@link ClosedBecause} code, so no request keeps a volunteer who left and request-service stops
 * showing them the requester. An erasure also blanks the free text on the volunteer's matches. Synchronously, in the
 * transaction that applies the feed page (as {@link RequestEndings}); idempotent: a match already closed is left as
 * it is.
 */
@ApplicationScoped
public class VolunteerEndings {

    static final String STOPPED_REASON = "the volunteer stopped";
    static final String ERASED_REASON = "the volunteer was erased";

    private final MatchRepository matches;
    private final MatchClosings closings;

    public VolunteerEndings(MatchRepository matches, MatchClosings closings) {
        this.matches = matches;
        this.closings = closings;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onVolunteerLeft(@Observes VolunteerLeft left) {
        boolean erased = left.why() == VolunteerLeft.Why.ERASED;
        if (erased) {
            matches.forgetTextOf(left.volunteerId());
        }
        List<UUID> open = matches.openOrLiveOfVolunteer(left.volunteerId());
        if (open.isEmpty()) {
            return;
        }
        String reason = erased ? ERASED_REASON : STOPPED_REASON;
        ClosedBecause because = erased ? ClosedBecause.VOLUNTEER_ERASED : ClosedBecause.VOLUNTEER_STOPPED;
        int changed = closings.close(open, MatchSteps::whenVolunteerLeaves, reason, because);
        Log.infof("volunteer %s %s: %d of their offers and matches withdrawn or ended", left.volunteerId(),
                left.why().name().toLowerCase(), changed);
    }
}
