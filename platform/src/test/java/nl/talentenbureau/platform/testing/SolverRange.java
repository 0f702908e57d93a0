package nl.talentenbureau.platform.testing;

import java.util.Map;

import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The least and the greatest value a linear expression can take under a solver's constraints: what an attacker who
 * holds every published figure can work out about a hidden cell (the reports' differencing tests in matching- and
 * volunteer-service). Needs OR-Tools on the test classpath (test scope).
 */
public final class SolverRange {

    private SolverRange() {
    }

    /**
     * {@code [min, max]} of the expression (variable -> coefficient); an unbounded side is infinite.
     *
     * @throws IllegalStateException when the constraints have no solution: the published figures contradict
     *         themselves
     */
    public static double[] of(MPSolver solver, Map<MPVariable, Double> expression) {
        double[] range = new double[2];
        for (int i = 0; i < 2; i++) {
            MPObjective objective = solver.objective();
            objective.clear();
            expression.forEach(objective::setCoefficient);
            if (i == 0) {
                objective.setMinimization();
            } else {
                objective.setMaximization();
            }
            MPSolver.ResultStatus status = solver.solve();
            if (status == MPSolver.ResultStatus.OPTIMAL) {
                range[i] = objective.value();
            } else if (status == MPSolver.ResultStatus.UNBOUNDED) {
                range[i] = i == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else {
                throw new IllegalStateException("the published figures are inconsistent: " + status);
            }
        }
        return range;
    }
}
