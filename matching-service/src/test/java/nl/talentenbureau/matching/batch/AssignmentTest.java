package nl.talentenbureau.matching.batch;

import static nl.talentenbureau.matching.support.RequestBuilder.aRequest;
import static nl.talentenbureau.matching.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.engine.Weights;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.TestCatalog;

class AssignmentTest {

    private static final UUID A = new UUID(1, 1);
    private static final UUID B = new UUID(1, 2);
    private static final UUID X = new UUID(2, 1);
    private static final UUID Y = new UUID(2, 2);

    private final AssignmentSolver exact = new ExactAssignment();
    private final AssignmentSolver greedy = new GreedyAssignment();

    /** A's best volunteer is also B's only one: taking it for A blocks B. */
    private static BatchProblem contested() {
        BatchProblem.Builder b = new BatchProblem.Builder();
        int a = b.request(A, 1);
        int bRequest = b.request(B, 1);
        int x = b.volunteer(X, 1, 0);
        int y = b.volunteer(Y, 1, 1);
        b.pair(a, x, 0.9).pair(a, y, 0.8).pair(bRequest, x, 0.85);
        return b.build();
    }

    @Test
    void exactGivesUpTheBestSinglePairWhenThatServesMoreRequestsBetter() {
        Proposals proposals = exact.solve(contested());

        assertThat(proposals.assignments()).containsExactlyInAnyOrder(new Assignment(A, Y, 0.8),
                new Assignment(B, X, 0.85));
        assertThat(proposals.totalScore()).isCloseTo(1.65, within(1e-12));
        assertThat(proposals.weight()).isEqualTo(1_650_000);
        assertThat(proposals.unfilled()).isEmpty();
    }

    @Test
    void greedyTakesTheBestPairFirstAndLeavesTheOtherRequestUnfilled() {
        Proposals proposals = greedy.solve(contested());

        assertThat(proposals.assignments()).containsExactly(new Assignment(A, X, 0.9));
        assertThat(proposals.unfilled())
                .containsExactly(new Unfilled(B, 1, Unfilled.Reason.CANDIDATES_CAPACITY_TAKEN));
    }

    @Test
    void aVolunteerTakesAsManyRequestsAsTheirRemainingCapacity() {
        BatchProblem.Builder b = new BatchProblem.Builder();
        int x = b.volunteer(X, 2, 0);
        for (int r = 0; r < 3; r++) {
            b.pair(b.request(new UUID(1, r), 1), x, 0.5 + r * 0.1);
        }

        Proposals proposals = exact.solve(b.build());

        assertThat(proposals.assignments()).extracting(Assignment::requestId).containsExactlyInAnyOrder(
                new UUID(1, 1), new UUID(1, 2));
        assertThat(proposals.unfilled()).containsExactly(
                new Unfilled(new UUID(1, 0), 1, Unfilled.Reason.CANDIDATES_CAPACITY_TAKEN));
    }

    @Test
    void aRequestNeedingTwoGetsTwoDifferentVolunteers() {
        BatchProblem.Builder b = new BatchProblem.Builder();
        int a = b.request(A, 2);
        b.pair(a, b.volunteer(X, 3, 0), 0.7).pair(a, b.volunteer(Y, 3, 1), 0.6);

        Proposals proposals = exact.solve(b.build());

        assertThat(proposals.assignments()).containsExactlyInAnyOrder(new Assignment(A, X, 0.7),
                new Assignment(A, Y, 0.6));
    }

    @Test
    void unfilledRequestsSayWhy() {
        BatchProblem.Builder b = new BatchProblem.Builder();
        b.request(A, 1);
        int needsThree = b.request(B, 3);
        b.pair(needsThree, b.volunteer(X, 1, 0), 0.5);

        for (AssignmentSolver solver : List.of(exact, greedy)) {
            assertThat(solver.solve(b.build()).unfilled()).containsExactly(
                    new Unfilled(A, 1, Unfilled.Reason.NO_FEASIBLE_CANDIDATE),
                    new Unfilled(B, 2, Unfilled.Reason.TOO_FEW_FEASIBLE_CANDIDATES));
        }
    }

    @Test
    void aVolunteerWithoutRemainingCapacityIsNeverProposed() {
        BatchProblem.Builder b = new BatchProblem.Builder();
        b.pair(b.request(A, 1), b.volunteer(X, 0, 0), 1.0);

        assertThat(exact.solve(b.build()).assignments()).isEmpty();
        assertThat(greedy.solve(b.build()).assignments()).isEmpty();
    }

    @Test
    void anEmptyBatchProposesNothing() {
        Proposals proposals = exact.solve(new BatchProblem.Builder().build());

        assertThat(proposals.assignments()).isEmpty();
        assertThat(proposals.unfilled()).isEmpty();
    }

    @Test
    void aProblemFromTheIndexHasOnlyPairsThatPassTheHardFiltersWithRemainingCapacity() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        VolunteerIndex index = VolunteerIndex.build(List.of(
                aVolunteer().withId(X).withLoad(1, 3).build(),
                aVolunteer().withId(Y).inKern("dronten").build()), TestCatalog.DISTANCES, TestCatalog.TALENTS,
                TestCatalog.TRAININGS, Weights.DEFAULT);
        HelpRequest inBreukelen = aRequest().withId(A).inKern("breukelen").build();
        HelpRequest inDronten = aRequest().withId(B).inKern("dronten").needingVog().build();

        BatchProblem problem = BatchProblem.of(index, List.of(inBreukelen, inDronten), today);

        assertThat(problem.pairCount()).isEqualTo(1);
        assertThat(problem.volunteerId(problem.pairVolunteer(0))).isEqualTo(X);
        assertThat(problem.capacity(problem.pairVolunteer(0))).isEqualTo(2);
        assertThat(exact.solve(problem).unfilled())
                .containsExactly(new Unfilled(B, 1, Unfilled.Reason.NO_FEASIBLE_CANDIDATE));
    }
}
