package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
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
    private final MatchTransitions transitions;

    public VolunteerEndings(MatchRepository matches, MatchTransitions transitions) {
        this.matches = matches;
        this.transitions = transitions;
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
        OffsetDateTime now = MatchTransitions.now();
        int changed = 0;
        for (UUID id : open) {
            boolean moved = transitions.stepIfAllowed(id, now, match -> MatchSteps.whenVolunteerLeaves(match.status),
                    (match, at) -> {
                        if (match.status == MatchStatus.ENDED) {
                            match.closedAt = at;
                            match.endReason = reason;
                        }
                    }, because).isPresent();
            if (moved) {
                changed++;
            }
        }
        Log.infof("volunteer %s %s: %d of their offers and matches withdrawn or ended", left.volunteerId(),
                left.why().name().toLowerCase(), changed);
    }
}
