package nl.talentenbureau.matching.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import nl.talentenbureau.matching.batch.BatchProblem;
import nl.talentenbureau.matching.batch.ExactAssignment;
import nl.talentenbureau.matching.batch.GreedyAssignment;
import nl.talentenbureau.matching.batch.Proposals;
import nl.talentenbureau.matching.engine.Candidates;
import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.engine.Weights;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.NaiveMatcher;
import nl.talentenbureau.matching.support.RandomInstances;
import nl.talentenbureau.matching.support.TestCatalog;

/**
 * Not a test: synthetic data from fixed seeds over the 36 kernen. Top-10 candidates against the naive baseline
 * (objects, stream filter, full sort) in the same process on the same data; batch proposals against OR-tools'
 * min-cost flow as the reference optimum. See the module README for the command.
 */
public final class MatchingBenchmark {

    private static final long SEED = 20260302L;
    private static final LocalDate TODAY = RandomInstances.TODAY;
    private static final int REQUESTERS = 5_000;
    private static final int QUERIES = 300;
    private static final int CHANGES = 200;
    private static final int PAGE = 100;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length > 0
                ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[]{10_000, 100_000, 1_000_000};
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        topK(sizes);
        changes(sizes);
        batch();
    }

    // --- top-10 candidates -----------------------------------------------------------------------------

    private static void topK(int[] sizes) {
        System.out.println("Top-10 candidates, " + QUERIES + " random requests per size (time per query)");
        System.out.println("| volunteers | eligible (avg) | index p50 | index p99 | ns/volunteer (p50) | baseline p50 "
                + "| baseline p99 | speed-up p50 | same top-10 |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        List<String> notes = new ArrayList<>();
        for (int n : sizes) {
            RandomInstances random = RandomInstances.allKernen(SEED + n);
            List<VolunteerProfile> volunteers = random.volunteers(n, REQUESTERS);
            List<HelpRequest> requests = Stream.generate(() -> random.request(REQUESTERS)).limit(QUERIES).toList();
            long built = System.nanoTime();
            VolunteerIndex index = VolunteerIndex.build(volunteers, TestCatalog.DISTANCES, TestCatalog.TALENTS,
                    TestCatalog.TRAININGS, Weights.DEFAULT);
            long buildMs = (System.nanoTime() - built) / 1_000_000;
            NaiveMatcher naive = new NaiveMatcher(volunteers, TestCatalog.DISTANCES, TestCatalog.TRAININGS,
                    Weights.DEFAULT);

            int baselineQueries = n >= 1_000_000 ? QUERIES / 5 : QUERIES;
            for (int warm = 0; warm < 3; warm++) {
                runIndex(index, requests);
                runNaive(naive, requests.subList(0, baselineQueries / (warm + 1)));
            }
            long[] indexTimes = runIndex(index, requests);
            long[] naiveTimes = runNaive(naive, requests.subList(0, baselineQueries));
            long eligible = 0;
            boolean same = true;
            for (int q = 0; q < requests.size(); q++) {
                Candidates answer = index.candidates(requests.get(q), TODAY, 10);
                eligible += answer.eligible();
                if (q < baselineQueries) {
                    List<NaiveMatcher.Scored> expected = naive.top(requests.get(q), TODAY, 10);
                    List<NaiveMatcher.Scored> actual = answer.candidates().stream()
                            .map(c -> new NaiveMatcher.Scored(c.volunteerId(), c.score())).toList();
                    same &= expected.equals(actual);
                }
            }
            long p50 = percentile(indexTimes, 50);
            long naiveP50 = percentile(naiveTimes, 50);
            System.out.printf(Locale.ROOT, "| %,d | %,d | %s | %s | %.2f | %s | %s | %.1fx | %s |%n", n,
                    eligible / requests.size(), ms(p50), ms(percentile(indexTimes, 99)), (double) p50 / n,
                    ms(naiveP50), ms(percentile(naiveTimes, 99)), (double) naiveP50 / p50,
                    same ? "yes" : "NO");
            notes.add(String.format(Locale.ROOT, "%,d volunteers: index built in %,d ms; baseline timed on %d requests",
                    n, buildMs, baselineQueries));
        }
        notes.forEach(System.out::println);
        System.out.println();
    }

    // --- changes in place against a rebuild ------------------------------------------------------------

    private static void changes(int[] sizes) {
        System.out.println("Index build and changes in place (" + CHANGES + " single changes: a volunteer replaced by "
                + "a new random profile, maybe in another kern; a page = " + PAGE + " such changes at once)");
        System.out.println("| volunteers | full build | one volunteer in place (p50) | one volunteer in place (p99) "
                + "| page of " + PAGE + ", per change | match change (p50) | build / one in place | same answers as "
                + "a rebuild |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int n : sizes) {
            RandomInstances random = RandomInstances.allKernen(SEED + n);
            List<VolunteerProfile> volunteers = random.volunteers(n, REQUESTERS);
            List<HelpRequest> requests = Stream.generate(() -> random.request(REQUESTERS)).limit(QUERIES).toList();
            long started = System.nanoTime();
            VolunteerIndex index = VolunteerIndex.build(volunteers, TestCatalog.DISTANCES, TestCatalog.TALENTS,
                    TestCatalog.TRAININGS, Weights.DEFAULT);
            long build = System.nanoTime() - started;
            Map<UUID, VolunteerProfile> truth = new LinkedHashMap<>();
            volunteers.forEach(p -> truth.put(p.id(), p));

            long[] single = new long[CHANGES];
            for (int c = 0; c < CHANGES; c++) {
                VolunteerProfile replaced = random.volunteer(volunteers.get(random.random().nextInt(n)).id(),
                        REQUESTERS);
                truth.put(replaced.id(), replaced);
                started = System.nanoTime();
                index = index.withVolunteers(List.of(replaced), Set.of());
                single[c] = System.nanoTime() - started;
            }
            long[] pages = new long[5];
            for (int page = 0; page < pages.length; page++) {
                Map<UUID, VolunteerProfile> changes = new LinkedHashMap<>();
                while (changes.size() < PAGE) {
                    VolunteerProfile replaced = random.volunteer(volunteers.get(random.random().nextInt(n)).id(),
                            REQUESTERS);
                    changes.put(replaced.id(), replaced);
                }
                truth.putAll(changes);
                started = System.nanoTime();
                index = index.withVolunteers(changes.values(), Set.of());
                pages[page] = (System.nanoTime() - started) / PAGE;
            }
            long[] matches = new long[CHANGES];
            for (int c = 0; c < CHANGES; c++) {
                VolunteerProfile p = truth.get(volunteers.get(random.random().nextInt(n)).id());
                int live = Math.min(p.capacity(), p.activeMatches() + 1);
                // a proposal or an acceptance: one more booking, the time of a random request
                List<Booking> bookings = new ArrayList<>(p.bookings());
                bookings.add(requests.get(c % requests.size()).booking());
                truth.put(p.id(), p.withMatches(live, bookings));
                started = System.nanoTime();
                index = index.withMatches(p.id(), live, p.helpedRequesters(), bookings);
                matches[c] = System.nanoTime() - started;
            }
            VolunteerIndex rebuilt = VolunteerIndex.build(List.copyOf(truth.values()), TestCatalog.DISTANCES,
                    TestCatalog.TALENTS, TestCatalog.TRAININGS, Weights.DEFAULT);
            boolean same = true;
            for (HelpRequest request : requests) {
                same &= index.candidates(request, TODAY, 10).equals(rebuilt.candidates(request, TODAY, 10));
            }
            long p50 = percentile(single, 50);
            System.out.printf(Locale.ROOT, "| %,d | %,d ms | %s | %s | %s | %s | %,.0fx | %s |%n", n,
                    build / 1_000_000, ms(p50), ms(percentile(single, 99)), ms(percentile(pages, 50)),
                    ms(percentile(matches, 50)), (double) build / p50, same ? "yes" : "NO");
        }
        System.out.println();
    }

    private static long[] runIndex(VolunteerIndex index, List<HelpRequest> requests) {
        long[] times = new long[requests.size()];
        for (int q = 0; q < requests.size(); q++) {
            long start = System.nanoTime();
            Candidates answer = index.candidates(requests.get(q), TODAY, 10);
            times[q] = System.nanoTime() - start;
            sink += answer.eligible();
        }
        return times;
    }

    private static long[] runNaive(NaiveMatcher naive, List<HelpRequest> requests) {
        long[] times = new long[requests.size()];
        for (int q = 0; q < requests.size(); q++) {
            long start = System.nanoTime();
            List<NaiveMatcher.Scored> answer = naive.top(requests.get(q), TODAY, 10);
            times[q] = System.nanoTime() - start;
            sink += answer.size();
        }
        return times;
    }

    /** Keeps the JIT from dropping the work whose result nobody reads. */
    private static long sink;

    // --- batch proposals -------------------------------------------------------------------------------

    private static void batch() {
        Loader.loadNativeLibraries();
        System.out.println("Batch proposals, 1,000 requests x 10,000 volunteers (median of 5 runs each; reference time "
                + "includes building its model from the same pairs)");
        System.out.println("| instance | free places | pairs | exact total | reference optimum | exact / optimum "
                + "| greedy / optimum | exact ms | reference ms | exact time / reference |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (boolean scarce : new boolean[]{true, false}) {
            RandomInstances random = RandomInstances.allKernen(SEED + (scarce ? 1 : 2));
            List<VolunteerProfile> volunteers = new ArrayList<>();
            int free = 0;
            for (VolunteerProfile p : random.volunteers(10_000, REQUESTERS)) {
                int capacity = scarce ? 1 : 1 + random.random().nextInt(3);
                int active = scarce && random.random().nextInt(10) < 9 ? 1 : 0;
                free += capacity - active;
                volunteers.add(new VolunteerProfile(p.id(), p.status(), p.homeKern(), p.maxTravelKm(), p.talents(),
                        p.vogValidUntil(), p.trainings(), p.languages(), p.weeklySlots(), p.absences(), active,
                        capacity, p.helpedRequesters()));
            }
            List<HelpRequest> requests = Stream.generate(() -> random.request(REQUESTERS)).limit(1_000).toList();
            VolunteerIndex index = VolunteerIndex.build(volunteers, TestCatalog.DISTANCES, TestCatalog.TALENTS,
                    TestCatalog.TRAININGS, Weights.DEFAULT);
            BatchProblem problem = BatchProblem.of(index, requests, TODAY);

            long[] exactTimes = new long[5];
            long[] referenceTimes = new long[5];
            Proposals exact = null;
            long optimum = 0;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                exact = new ExactAssignment().solve(problem);
                exactTimes[run] = System.nanoTime() - start;
                start = System.nanoTime();
                optimum = reference(problem);
                referenceTimes[run] = System.nanoTime() - start;
            }
            Proposals greedy = new GreedyAssignment().solve(problem);
            long exactMedian = percentile(exactTimes, 50);
            long referenceMedian = percentile(referenceTimes, 50);
            System.out.printf(Locale.ROOT,
                    "| %s (%,d units asked) | %,d | %,d | %.6f | %.6f | %.6f | %.6f | %s | %s | %.2f |%n",
                    scarce ? "scarce" : "plentiful", problem.totalNeeded(), free, problem.pairCount(),
                    exact.weight() / (double) BatchProblem.SCALE, optimum / (double) BatchProblem.SCALE,
                    exact.weight() / (double) optimum, greedy.weight() / (double) optimum, ms(exactMedian),
                    ms(referenceMedian), (double) exactMedian / referenceMedian);
        }
    }

    /**
     * The reference optimum: OR-tools' min-cost flow on the same pairs. Requests supply their need, the sink takes
     * it all; request -> volunteer costs {@code SCALE - weight}, request -> sink ("unfilled") costs {@code SCALE},
     * volunteer -> sink is free up to the volunteer's room. The best total weight is {@code SCALE * need - cost}.
     */
    static long reference(BatchProblem problem) {
        int requests = problem.requestCount();
        int sink = requests + problem.volunteerCount();
        MinCostFlow flow = new MinCostFlow();
        for (int r = 0; r < requests; r++) {
            for (int p = problem.firstPair(r); p < problem.firstPair(r + 1); p++) {
                flow.addArcWithCapacityAndUnitCost(r, requests + problem.pairVolunteer(p), 1,
                        BatchProblem.SCALE - problem.pairWeight(p));
            }
            flow.addArcWithCapacityAndUnitCost(r, sink, problem.needed(r), BatchProblem.SCALE);
            flow.setNodeSupply(r, problem.needed(r));
        }
        for (int v = 0; v < problem.volunteerCount(); v++) {
            flow.addArcWithCapacityAndUnitCost(requests + v, sink, problem.capacity(v), 0);
        }
        flow.setNodeSupply(sink, -problem.totalNeeded());
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("reference solver answered " + status);
        }
        return BatchProblem.SCALE * problem.totalNeeded() - flow.getOptimalCost();
    }

    private static long percentile(long[] times, int percent) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }
}
