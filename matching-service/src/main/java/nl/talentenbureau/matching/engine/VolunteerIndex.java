package nl.talentenbureau.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;

/**
 * An immutable in-memory index of volunteer profiles, one {@link KernBlock} per home kern laid out as parallel
 * primitive arrays, so a query touches a few cache lines per volunteer and skips whole kernen out of everyone's
 * reach, and within a kern everyone out of reach. Safe to query from many threads.
 * <p>
 * Changes make a new index that shares every block the change does not touch ({@link #withVolunteers},
 * {@link #withMatches}): copy-on-write per kern rather than locks, so a reader holding an index always sees one
 * consistent version, and a writer pays for the kernen it changes, not for the whole index.
 * <p>
 * Positions ({@link Eligible#positions()}, {@link #id(int)}) number the volunteers of this index version, kern by
 * kern; they are not stable across versions.
 * <p>
 * The jobs live in their own classes: {@link IndexBuilder} lays the profiles out, {@link IndexQuery} translates a
 * request, {@link Scan} is the hot loop (hard filters and score), {@link TopK} keeps the best, {@link Explanation}
 * explains only those answered.
 */
public final class VolunteerIndex {

    final KernDistances kernen;
    final Codes talents;
    final Codes trainings;
    /** numbered from what the volunteers speak; a change only appends */
    final Codes languages;
    final KernBlock[] blocks;
    private final int[] offsets;
    /** the blocks in index order: what {@link #eligible} answers in */
    private final int[] indexOrder;
    /** per kern, the blocks nearest first (filled on first use; a race only computes one twice) */
    private final int[][] nearestFirst;
    private final Weights weights;
    private final Scan scan;
    private final Explanation explanation;

    VolunteerIndex(KernDistances kernen, Codes talents, Codes trainings, Codes languages, KernBlock[] blocks,
            Weights weights) {
        this.kernen = kernen;
        this.talents = talents;
        this.trainings = trainings;
        this.languages = languages;
        this.blocks = blocks;
        this.offsets = IndexBuilder.offsets(blocks);
        this.indexOrder = IntStream.range(0, blocks.length).toArray();
        this.nearestFirst = new int[blocks.length][];
        this.weights = weights;
        this.scan = new Scan(weights);
        this.explanation = new Explanation(scan, weights);
    }

    /**
     * Builds the index. Volunteers' talent and training codes that the catalogues do not know are ignored (they
     * can match nothing); languages are numbered from what the volunteers speak.
     */
    public static VolunteerIndex build(Collection<VolunteerProfile> profiles, KernDistances kernen, Codes talents,
            Codes trainings, Weights weights) {
        return IndexBuilder.build(profiles, kernen, talents, trainings, weights);
    }

    /**
     * The same index with these volunteers added or replaced (by id) and those removed (an id not indexed is
     * ignored), without a rebuild: only the kernen they lived in or move to are laid out again. Answers exactly
     * what a build from the resulting profiles would answer.
     */
    public VolunteerIndex withVolunteers(Collection<VolunteerProfile> upserts, Collection<UUID> removals) {
        if (upserts.isEmpty() && removals.isEmpty()) {
            return this;
        }
        return IndexBuilder.change(this, upserts, removals);
    }

    /**
     * The same index with one volunteer's live-match count and helped requesters replaced (after a match of theirs
     * changed), without rebuilding: a copy of that volunteer's kern's match columns. The volunteer's profile and the
     * times their matches hold are unchanged; an unknown volunteer (not indexed) answers this index itself.
     */
    public VolunteerIndex withMatches(UUID volunteer, int live, Set<String> helpedRequesters) {
        return change(volunteer, live, helpedRequesters, null);
    }

    /**
     * {@link #withMatches(UUID, int, Set)} that also replaces the times the volunteer's open and live matches hold
     * ({@link Booking}): what the match table says after one of their matches was proposed, answered or closed.
     */
    public VolunteerIndex withMatches(UUID volunteer, int live, Set<String> helpedRequesters,
            List<Booking> bookings) {
        return change(volunteer, live, helpedRequesters, List.copyOf(bookings));
    }

    private VolunteerIndex change(UUID volunteer, int live, Set<String> helpedRequesters, List<Booking> bookings) {
        if (live < 0) {
            throw new IllegalArgumentException("live matches cannot be negative: " + live);
        }
        for (KernBlock block : blocks) {
            int row = block.row(volunteer);
            if (row >= 0) {
                KernBlock[] changed = blocks.clone();
                changed[block.kern] = block.withMatches(row, live, helpedRequesters, bookings);
                return new VolunteerIndex(kernen, talents, trainings, languages, changed, weights);
            }
        }
        return this;
    }

    /** The live matches the index holds for a volunteer; -1 when not indexed. */
    public int activeMatches(UUID volunteer) {
        for (KernBlock block : blocks) {
            int row = block.row(volunteer);
            if (row >= 0) {
                return block.activeMatches[row];
            }
        }
        return -1;
    }

    public int size() {
        return offsets[offsets.length - 1];
    }

    public Weights weights() {
        return weights;
    }

    public UUID id(int position) {
        int k = IndexBuilder.blockOf(offsets, position);
        return blocks[k].ids[position - offsets[k]];
    }

    /** How many more requests the volunteer at {@code position} can take. */
    public int remainingCapacity(int position) {
        int k = IndexBuilder.blockOf(offsets, position);
        int row = position - offsets[k];
        return Math.max(0, blocks[k].capacity[row] - blocks[k].activeMatches[row]);
    }

    /**
     * The best {@code k} candidates for a request, best first (ties by volunteer id), with every volunteer who
     * failed a hard filter counted by the first filter failed.
     *
     * @param today the day screening must be valid on for a recurring request
     */
    public Candidates candidates(HelpRequest request, LocalDate today, int k) {
        return candidates(request, today, k, Set::of);
    }

    /**
     * {@link #candidates(HelpRequest, LocalDate, int)}, where the volunteers of {@code holders} (those with an open or
     * live match of this request) are not counted busy for it: the time they hold is this request's. Asked at most
     * once, only when a volunteer is busy then.
     */
    public Candidates candidates(HelpRequest request, LocalDate today, int k, Supplier<Set<UUID>> holders) {
        if (k < 0) {
            throw new IllegalArgumentException("k cannot be negative: " + k);
        }
        IndexQuery query = new IndexQuery(request, today, this, holders);
        TopK top = new TopK(k);
        int[] excluded = new int[Scan.COUNTERS];
        int eligible = scan.scan(blocks, nearestFirst(query.kern), offsets, query, top, excluded);
        List<Candidate> best = new ArrayList<>(top.size());
        int[] positions = top.bestFirst();
        for (int position : positions) {
            int b = IndexBuilder.blockOf(offsets, position);
            best.add(explanation.of(blocks[b], position - offsets[b], query));
        }
        return new Candidates(request.id(), best, eligible, counts(excluded));
    }

    /** Every volunteer who passes the hard filters for a request, in index order, with their scores. */
    public Eligible eligible(HelpRequest request, LocalDate today) {
        IndexQuery query = new IndexQuery(request, today, this);
        Eligible.Builder builder = new Eligible.Builder();
        int[] excluded = new int[Scan.COUNTERS];
        scan.scan(blocks, indexOrder, offsets, query, builder, excluded);
        return builder.build(counts(excluded));
    }

    /**
     * The blocks (one per kern) nearest to the kern first: a top-K that meets the best candidates early scores fewer
     * of the others ({@link Scan.Sink#threshold()}). A stable sort: kernen as near as each other stay in index order.
     */
    private int[] nearestFirst(int kern) {
        int[] order = nearestFirst[kern];
        if (order == null) {
            order = IntStream.range(0, blocks.length).boxed()
                    .sorted(Comparator.comparingDouble(b -> kernen.km(kern, b))).mapToInt(Integer::intValue)
                    .toArray();
            nearestFirst[kern] = order;
        }
        return order;
    }

    private static Map<Exclusion, Integer> counts(int[] excluded) {
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        for (Exclusion reason : Exclusion.values()) {
            counts.put(reason, excluded[reason.ordinal()]);
        }
        return counts;
    }
}
