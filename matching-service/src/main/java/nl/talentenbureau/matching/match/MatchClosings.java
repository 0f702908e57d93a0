package nl.talentenbureau.matching.match;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.matching.match.MatchSteps.Step;

/**
 * Closes matches because something outside matching ended them (a request that was cancelled or expired, a volunteer
 * who stopped or was erased): each open offer is withdrawn and each live match ends with the reason, every step
 * chosen under the volunteer's lock (an offer accepted a moment ago is ended, not withdrawn) and written with its
 * {@link ClosedBecause} code. A match already closed is left as it is, so applying the same feed event twice changes
 * nothing. The one mechanism behind {@link RequestEndings} and {@link VolunteerEndings}.
 */
@ApplicationScoped
class MatchClosings {

    private final MatchTransitions transitions;

    MatchClosings(MatchTransitions transitions) {
        this.transitions = transitions;
    }

    /** @return how many of the matches were withdrawn or ended */
    int close(List<UUID> matchIds, Function<MatchStatus, Optional<Step>> stepFor, String endReason,
            ClosedBecause because) {
        OffsetDateTime now = MatchTransitions.now();
        int changed = 0;
        for (UUID id : matchIds) {
            boolean moved = transitions.stepIfAllowed(id, now, match -> stepFor.apply(match.status),
                    (match, at) -> {
                        if (match.status == MatchStatus.ENDED) {
                            match.closedAt = at;
                            match.endReason = endReason;
                        }
                    }, because).isPresent();
            if (moved) {
                changed++;
            }
        }
        return changed;
    }
}
