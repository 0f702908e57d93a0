package nl.talentenbureau.matching.batch;

import java.util.UUID;

/** A request that got fewer volunteers than it needs, and why. */
public record Unfilled(UUID requestId, int missing, Reason reason) {

    public enum Reason {
        /** no volunteer passes the hard filters */
        NO_FEASIBLE_CANDIDATE,
        /** every feasible volunteer is proposed for it, and there are fewer than it needs */
        TOO_FEW_FEASIBLE_CANDIDATES,
        /**
         * the other feasible volunteers' capacity went to other requests, or they are proposed for another request of
         * this batch at the same time
         */
        CANDIDATES_CAPACITY_TAKEN
    }
}
