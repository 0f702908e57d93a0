package nl.talentenbureau.matching.batch;

/** Chooses which feasible pairs to propose, within every request's need and every volunteer's capacity. */
public interface AssignmentSolver {

    Proposals solve(BatchProblem problem);
}
