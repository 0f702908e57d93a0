package nl.talentenbureau.matching.batch;

import static nl.talentenbureau.matching.support.RandomInstances.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.engine.Weights;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.RandomInstances;
import nl.talentenbureau.matching.support.TestCatalog;

/** Properties of both solvers over many random instances; each trial names its seed when it fails. */
class AssignmentPropertiesTest {

    private static final int TRIALS = 400;

    private final ExactAssignment exact = new ExactAssignment();
    private final GreedyAssignment greedy = new GreedyAssignment();

    @Test
    void exactEqualsTheBruteForceOptimumOnSmallInstances() {
        for (long seed = 0; seed < TRIALS; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            BatchProblem problem = random.problem(random.random().nextInt(1, 5), random.random().nextInt(1, 5), 0.6);

            assertThat(exact.solve(problem).weight()).as("seed %d", seed).isEqualTo(bruteForce(problem));
        }
    }

    @Test
    void exactIsNeverWorseThanGreedyAndBothRespectEveryLimit() {
        for (long seed = 0; seed < TRIALS; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            BatchProblem problem = random.problem(random.random().nextInt(1, 25), random.random().nextInt(1, 25),
                    random.random().nextDouble(0.05, 0.7));

            Proposals best = exact.solve(problem);
            Proposals baseline = greedy.solve(problem);

            assertThat(best.weight()).as("seed %d", seed).isGreaterThanOrEqualTo(baseline.weight());
            assertWithinLimits(problem, best, seed);
            assertWithinLimits(problem, baseline, seed);
        }
    }

    @Test
    void onProblemsFromTheIndexExactBeatsOrEqualsGreedyWithinLimits() {
        for (long seed = 0; seed < 60; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            List<VolunteerProfile> volunteers = random.volunteers(60, 10);
            List<HelpRequest> requests = Stream.generate(() -> random.request(10)).limit(30)
                    .toList();
            VolunteerIndex index = VolunteerIndex.build(volunteers, TestCatalog.DISTANCES, TestCatalog.TALENTS,
                    TestCatalog.TRAININGS, Weights.DEFAULT);
            BatchProblem problem = BatchProblem.of(index, requests, TODAY);

            Proposals best = exact.solve(problem);

            assertThat(best.weight()).as("seed %d", seed).isGreaterThanOrEqualTo(greedy.solve(problem).weight());
            assertWithinLimits(problem, best, seed);
        }
    }

    /** Every assignment is a feasible pair, once; no request gets more than it needs, no volunteer more than room. */
    private static void assertWithinLimits(BatchProblem problem, Proposals proposals, long seed) {
        Map<UUID, Integer> perRequest = new HashMap<>();
        Map<UUID, Integer> perVolunteer = new HashMap<>();
        Set<String> feasible = new HashSet<>();
        Map<UUID, Integer> needed = new HashMap<>();
        Map<UUID, Integer> room = new HashMap<>();
        for (int r = 0; r < problem.requestCount(); r++) {
            needed.merge(problem.requestId(r), problem.needed(r), Integer::sum);
            for (int p = problem.firstPair(r); p < problem.firstPair(r + 1); p++) {
                feasible.add(problem.requestId(r) + "/" + problem.volunteerId(problem.pairVolunteer(p)));
            }
        }
        for (int v = 0; v < problem.volunteerCount(); v++) {
            room.put(problem.volunteerId(v), problem.capacity(v));
        }
        Set<String> seen = new HashSet<>();
        for (Assignment a : proposals.assignments()) {
            String pair = a.requestId() + "/" + a.volunteerId();
            assertThat(feasible).as("seed %d", seed).contains(pair);
            assertThat(seen.add(pair)).as("seed %d: %s twice", seed, pair).isTrue();
            perRequest.merge(a.requestId(), 1, Integer::sum);
            perVolunteer.merge(a.volunteerId(), 1, Integer::sum);
        }
        perRequest.forEach((request, got) -> assertThat(got).as("seed %d", seed).isLessThanOrEqualTo(
                needed.get(request)));
        perVolunteer.forEach((volunteer, got) -> assertThat(got).as("seed %d", seed).isLessThanOrEqualTo(
                room.get(volunteer)));
        int missing = proposals.unfilled().stream().mapToInt(Unfilled::missing).sum();
        assertThat(proposals.assignments().size() + missing).as("seed %d", seed).isEqualTo(problem.totalNeeded());
    }

    /** The best total over every subset of pairs that fits the needs and capacities. */
    private static long bruteForce(BatchProblem problem) {
        int pairs = problem.pairCount();
        int[] requestOf = new int[pairs];
        for (int r = 0; r < problem.requestCount(); r++) {
            for (int p = problem.firstPair(r); p < problem.firstPair(r + 1); p++) {
                requestOf[p] = r;
            }
        }
        long best = 0;
        for (long subset = 0; subset < 1L << pairs; subset++) {
            int[] got = new int[problem.requestCount()];
            int[] used = new int[problem.volunteerCount()];
            long weight = 0;
            boolean fits = true;
            for (int p = 0; p < pairs && fits; p++) {
                if ((subset & (1L << p)) != 0) {
                    int v = problem.pairVolunteer(p);
                    fits = ++got[requestOf[p]] <= problem.needed(requestOf[p]) && ++used[v] <= problem.capacity(v);
                    weight += problem.pairWeight(p);
                }
            }
            if (fits) {
                best = Math.max(best, weight);
            }
        }
        return best;
    }
}
