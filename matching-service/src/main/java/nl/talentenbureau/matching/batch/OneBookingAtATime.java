package nl.talentenbureau.matching.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.talentenbureau.matching.profile.Booking;

/**
 * No volunteer proposed for two requests of one batch that need them at the same time. The hard filters already
 * leave out whoever an existing match holds then; this is about the batch itself, which the solvers do not see (a
 * flow knows capacities, not times): of the pairs they chose that double-book a volunteer the best stays (score, then
 * request order, then volunteer rank), the others are dropped, and each request that lost one is offered its next
 * best feasible volunteer who still has room and is free then. So the answer can fall below the solver's optimum
 * where times clash; it never proposes what {@code POST /api/matches} would refuse as "already busy then".
 */
final class OneBookingAtATime {

    private OneBookingAtATime() {
    }

    static Proposals apply(BatchProblem problem, Proposals solved, LocalDate today) {
        int requests = problem.requestCount();
        boolean anyTime = false;
        for (int r = 0; r < requests && !anyTime; r++) {
            anyTime = problem.booking(r).slots() != 0;
        }
        if (!anyTime || solved.assignments().size() < 2) {
            return solved;
        }
        int[] requestOf = new int[problem.pairCount()];
        Map<UUID, Integer> requestIndex = new HashMap<>();
        for (int r = 0; r < requests; r++) {
            Arrays.fill(requestOf, problem.firstPair(r), problem.firstPair(r + 1), r);
            requestIndex.put(problem.requestId(r), r);
        }
        boolean[] chosen = new boolean[problem.pairCount()];
        List<Integer> kept = new ArrayList<>();
        for (Assignment a : solved.assignments()) {
            int r = requestIndex.get(a.requestId());
            for (int p = problem.firstPair(r); p < problem.firstPair(r + 1); p++) {
                if (problem.volunteerId(problem.pairVolunteer(p)).equals(a.volunteerId())) {
                    chosen[p] = true;
                    kept.add(p);
                }
            }
        }
        Comparator<Integer> best = Comparator.comparingLong((Integer p) -> -problem.pairWeight(p))
                .thenComparingInt(p -> requestOf[p])
                .thenComparingInt(p -> problem.rank(problem.pairVolunteer(p)));
        kept.sort(best);
        Map<Integer, List<Booking>> held = new HashMap<>();
        int[] room = new int[problem.volunteerCount()];
        for (int v = 0; v < room.length; v++) {
            room[v] = problem.capacity(v);
        }
        int[] missing = new int[requests];
        boolean dropped = false;
        for (int p : kept) {
            int v = problem.pairVolunteer(p);
            Booking wanted = problem.booking(requestOf[p]);
            List<Booking> times = held.computeIfAbsent(v, x -> new ArrayList<>());
            if (wanted.firstOverlap(times, today) != null) {
                chosen[p] = false;
                missing[requestOf[p]]++;
                dropped = true;
            } else {
                times.add(wanted);
                room[v]--;
            }
        }
        if (!dropped) {
            return solved;
        }
        for (int r = 0; r < requests; r++) {
            if (missing[r] == 0) {
                continue;
            }
            List<Integer> others = new ArrayList<>();
            for (int p = problem.firstPair(r); p < problem.firstPair(r + 1); p++) {
                others.add(p);
            }
            others.sort(best);
            Booking wanted = problem.booking(r);
            for (int p : others) {
                int v = problem.pairVolunteer(p);
                List<Booking> times = held.computeIfAbsent(v, x -> new ArrayList<>());
                if (missing[r] > 0 && !chosen[p] && room[v] > 0 && wanted.firstOverlap(times, today) == null) {
                    chosen[p] = true;
                    times.add(wanted);
                    room[v]--;
                    missing[r]--;
                }
            }
        }
        return ProposalsBuilder.of(problem, chosen);
    }
}
