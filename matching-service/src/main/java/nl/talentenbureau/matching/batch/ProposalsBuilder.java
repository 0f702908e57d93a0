package nl.talentenbureau.matching.batch;

import java.util.ArrayList;
import java.util.List;

/** Turns a solver's chosen pairs into {@link Proposals}, explaining each unfilled request the same way. */
final class ProposalsBuilder {

    private ProposalsBuilder() {
    }

    /** @param chosen per pair of the problem, whether it is proposed */
    static Proposals of(BatchProblem problem, boolean[] chosen) {
        List<Assignment> assignments = new ArrayList<>();
        List<Unfilled> unfilled = new ArrayList<>();
        double total = 0;
        long weight = 0;
        for (int r = 0; r < problem.requestCount(); r++) {
            int from = problem.firstPair(r);
            int to = problem.firstPair(r + 1);
            int got = 0;
            for (int p = from; p < to; p++) {
                if (chosen[p]) {
                    got++;
                    total += problem.pairScore(p);
                    weight += problem.pairWeight(p);
                    assignments.add(new Assignment(problem.requestId(r),
                            problem.volunteerId(problem.pairVolunteer(p)), problem.pairScore(p)));
                }
            }
            int missing = problem.needed(r) - got;
            if (missing > 0) {
                Unfilled.Reason reason;
                if (to == from) {
                    reason = Unfilled.Reason.NO_FEASIBLE_CANDIDATE;
                } else if (got == to - from) {
                    reason = Unfilled.Reason.TOO_FEW_FEASIBLE_CANDIDATES;
                } else {
                    reason = Unfilled.Reason.CANDIDATES_CAPACITY_TAKEN;
                }
                unfilled.add(new Unfilled(problem.requestId(r), missing, reason));
            }
        }
        return new Proposals(assignments, unfilled, total, weight);
    }
}
