package nl.talentenbureau.matching.batch;

import java.util.Arrays;

/**
 * The baseline: take pairs best score first (ties by request order, then volunteer id) while the request needs
 * more and the volunteer has room. Fast and often good, but it can block a better combination.
 */
public final class GreedyAssignment implements AssignmentSolver {

    @Override
    public Proposals solve(BatchProblem problem) {
        int pairs = problem.pairCount();
        int[] requestOf = new int[pairs];
        for (int r = 0; r < problem.requestCount(); r++) {
            Arrays.fill(requestOf, problem.firstPair(r), problem.firstPair(r + 1), r);
        }
        Integer[] order = new Integer[pairs];
        for (int p = 0; p < pairs; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> {
            int byWeight = Long.compare(problem.pairWeight(b), problem.pairWeight(a));
            if (byWeight != 0) {
                return byWeight;
            }
            int byRequest = Integer.compare(requestOf[a], requestOf[b]);
            if (byRequest != 0) {
                return byRequest;
            }
            return Integer.compare(problem.rank(problem.pairVolunteer(a)), problem.rank(problem.pairVolunteer(b)));
        });
        int[] stillNeeded = new int[problem.requestCount()];
        for (int r = 0; r < stillNeeded.length; r++) {
            stillNeeded[r] = problem.needed(r);
        }
        int[] room = new int[problem.volunteerCount()];
        for (int v = 0; v < room.length; v++) {
            room[v] = problem.capacity(v);
        }
        boolean[] chosen = new boolean[pairs];
        for (int p : order) {
            int r = requestOf[p];
            int v = problem.pairVolunteer(p);
            if (stillNeeded[r] > 0 && room[v] > 0) {
                chosen[p] = true;
                stillNeeded[r]--;
                room[v]--;
            }
        }
        return ProposalsBuilder.of(problem, chosen);
    }
}
