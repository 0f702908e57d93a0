package nl.talentenbureau.matching.batch;

import java.util.List;

/**
 * A batch answer: the proposed pairs and the requests left (partly) unfilled. Nothing is stored.
 *
 * @param weight the total in integer units (sum of each score x {@link BatchProblem#SCALE}), what solvers maximise
 */
public record Proposals(List<Assignment> assignments, List<Unfilled> unfilled, double totalScore, long weight) {

    public Proposals {
        assignments = List.copyOf(assignments);
        unfilled = List.copyOf(unfilled);
    }
}
