package nl.talentenbureau.matching.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.talentenbureau.matching.engine.Eligible;
import nl.talentenbureau.matching.engine.Exclusion;
import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.request.HelpRequest;

/**
 * Many open requests at once, with only the feasible (request, volunteer) pairs: those that pass every hard
 * filter. Scores are also kept as integers (score x 1,000,000) so solvers compare totals exactly.
 */
public final class BatchProblem {

    /** Scores become integer weights with this factor: six decimals is finer than any weight an operator sets. */
    public static final long SCALE = 1_000_000L;

    private final UUID[] requestIds;
    private final int[] needed;
    private final Booking[] bookings;
    private final List<Map<Exclusion, Integer>> excluded;
    private final int[] pairStart;
    private final int[] pairVolunteer;
    private final double[] pairScore;
    private final long[] pairWeight;
    private final UUID[] volunteerIds;
    private final int[] capacity;
    private final int[] rank;

    private BatchProblem(Builder b) {
        requestIds = b.requestIds.toArray(UUID[]::new);
        needed = b.needed.stream().mapToInt(Integer::intValue).toArray();
        bookings = b.bookings.toArray(Booking[]::new);
        excluded = List.copyOf(b.excluded);
        volunteerIds = b.volunteerIds.toArray(UUID[]::new);
        capacity = b.capacity.stream().mapToInt(Integer::intValue).toArray();
        rank = b.rank.stream().mapToInt(Integer::intValue).toArray();
        int r = requestIds.length;
        pairStart = new int[r + 1];
        for (int[] pair : b.pairs) {
            pairStart[pair[0] + 1]++;
        }
        for (int i = 0; i < r; i++) {
            pairStart[i + 1] += pairStart[i];
        }
        int[] fill = Arrays.copyOf(pairStart, r);
        pairVolunteer = new int[b.pairs.size()];
        pairScore = new double[b.pairs.size()];
        pairWeight = new long[b.pairs.size()];
        for (int p = 0; p < b.pairs.size(); p++) {
            int[] pair = b.pairs.get(p);
            int at = fill[pair[0]]++;
            pairVolunteer[at] = pair[1];
            pairScore[at] = b.scores.get(p);
            pairWeight[at] = weight(pairScore[at]);
        }
    }

    public static long weight(double score) {
        return Math.round(score * SCALE);
    }

    /**
     * The feasible pairs for {@code requests} from the index, with each volunteer's remaining capacity. A
     * volunteer's rank is their id's place among this problem's volunteers.
     */
    public static BatchProblem of(VolunteerIndex index, List<HelpRequest> requests, LocalDate today) {
        List<Eligible> eligibles = new ArrayList<>(requests.size());
        Map<Integer, UUID> idOfPosition = new HashMap<>();
        for (HelpRequest request : requests) {
            Eligible eligible = index.eligible(request, today);
            eligibles.add(eligible);
            for (int position : eligible.positions()) {
                idOfPosition.computeIfAbsent(position, index::id);
            }
        }
        List<UUID> ids = new ArrayList<>(idOfPosition.values());
        ids.sort(null);
        Map<UUID, Integer> rankOf = new HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            rankOf.put(ids.get(r), r);
        }
        Builder builder = new Builder();
        Map<Integer, Integer> volunteerOfPosition = new HashMap<>();
        for (int q = 0; q < requests.size(); q++) {
            HelpRequest request = requests.get(q);
            Eligible eligible = eligibles.get(q);
            int r = builder.request(request.id(), request.volunteersNeeded(), request.booking(), eligible.excluded());
            for (int e = 0; e < eligible.size(); e++) {
                int position = eligible.positions()[e];
                int v = volunteerOfPosition.computeIfAbsent(position, p -> builder.volunteer(index.id(p),
                        index.remainingCapacity(p), rankOf.get(idOfPosition.get(p))));
                builder.pair(r, v, eligible.scores()[e]);
            }
        }
        return builder.build();
    }

    public int requestCount() {
        return requestIds.length;
    }

    public int volunteerCount() {
        return volunteerIds.length;
    }

    public int pairCount() {
        return pairVolunteer.length;
    }

    public UUID requestId(int request) {
        return requestIds[request];
    }

    public int needed(int request) {
        return needed[request];
    }

    /** The time a match for the request would hold its volunteer ({@link Booking#NONE} when built by hand). */
    public Booking booking(int request) {
        return bookings[request];
    }

    /** How many volunteers each hard filter left out for the request (empty when built by hand). */
    public Map<Exclusion, Integer> excluded(int request) {
        return excluded.get(request);
    }

    public int totalNeeded() {
        return Arrays.stream(needed).sum();
    }

    public UUID volunteerId(int volunteer) {
        return volunteerIds[volunteer];
    }

    public int capacity(int volunteer) {
        return capacity[volunteer];
    }

    /** Ties between equal scores go to the volunteer with the lower rank (its id's place among the ids). */
    public int rank(int volunteer) {
        return rank[volunteer];
    }

    /** The request's pairs are {@code firstPair(r) .. firstPair(r + 1) - 1}. */
    public int firstPair(int request) {
        return pairStart[request];
    }

    public int pairVolunteer(int pair) {
        return pairVolunteer[pair];
    }

    public double pairScore(int pair) {
        return pairScore[pair];
    }

    public long pairWeight(int pair) {
        return pairWeight[pair];
    }

    /** Builds a problem by hand (tests) or from the index. Volunteers and requests are numbered as added. */
    public static final class Builder {

        private final List<UUID> requestIds = new ArrayList<>();
        private final List<Integer> needed = new ArrayList<>();
        private final List<Booking> bookings = new ArrayList<>();
        private final List<Map<Exclusion, Integer>> excluded = new ArrayList<>();
        private final List<UUID> volunteerIds = new ArrayList<>();
        private final List<Integer> capacity = new ArrayList<>();
        private final List<Integer> rank = new ArrayList<>();
        private final List<int[]> pairs = new ArrayList<>();
        private final List<Double> scores = new ArrayList<>();

        public int request(UUID id, int volunteersNeeded) {
            return request(id, volunteersNeeded, Booking.NONE, Map.of());
        }

        /** A request with the time its match would hold and the hard filters' exclusion counts. */
        public int request(UUID id, int volunteersNeeded, Booking booking, Map<Exclusion, Integer> exclusions) {
            if (volunteersNeeded < 1) {
                throw new IllegalArgumentException("a request needs at least one volunteer");
            }
            requestIds.add(id);
            needed.add(volunteersNeeded);
            bookings.add(booking);
            excluded.add(Map.copyOf(exclusions));
            return requestIds.size() - 1;
        }

        public int volunteer(UUID id, int remainingCapacity, int tieRank) {
            if (remainingCapacity < 0) {
                throw new IllegalArgumentException("capacity cannot be negative");
            }
            volunteerIds.add(id);
            capacity.add(remainingCapacity);
            rank.add(tieRank);
            return volunteerIds.size() - 1;
        }

        public Builder pair(int request, int volunteer, double score) {
            if (request < 0 || request >= requestIds.size() || volunteer < 0 || volunteer >= volunteerIds.size()) {
                throw new IllegalArgumentException("unknown request or volunteer: " + request + ", " + volunteer);
            }
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("a score is in [0, 1], not " + score);
            }
            pairs.add(new int[]{request, volunteer});
            scores.add(score);
            return this;
        }

        public BatchProblem build() {
            return new BatchProblem(this);
        }
    }
}
