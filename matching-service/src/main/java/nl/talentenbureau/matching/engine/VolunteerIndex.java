package nl.talentenbureau.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;

/**
 * An immutable in-memory index of volunteer profiles, laid out as parallel primitive arrays so a query touches
 * a few cache lines per volunteer. Volunteers are grouped by home kern (then ordered by id), so a kern out of
 * everyone's reach is skipped whole. Rebuilt from the projection when it changes; safe to query from many threads.
 * <p>
 * The jobs live in their own classes: {@link IndexBuilder} lays the profiles out ({@link Columns}, and the
 * match-derived {@link LiveMatches}), {@link IndexQuery} translates a request, {@link Scan} is the hot loop (hard
 * filters and score), {@link TopK} keeps the best, {@link Explanation} explains only those answered.
 */
public final class VolunteerIndex {

    private final Columns columns;
    private final LiveMatches matches;
    private final Weights weights;
    private final Scan scan;
    private final Explanation explanation;

    VolunteerIndex(Columns columns, LiveMatches matches, Weights weights) {
        this.columns = columns;
        this.matches = matches;
        this.weights = weights;
        this.scan = new Scan(columns, matches, weights);
        this.explanation = new Explanation(columns, matches, scan, weights);
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
     * The same index with one volunteer's live-match count and helped requesters replaced (after a match of theirs
     * changed), without rebuilding: O(volunteers) array copy plus O(requester keys) map copy. The volunteer's
     * profile is unchanged; an unknown volunteer (not indexed) answers this index itself.
     */
    public VolunteerIndex withMatches(UUID volunteer, int live, Set<String> helpedRequesters) {
        if (live < 0) {
            throw new IllegalArgumentException("live matches cannot be negative: " + live);
        }
        int i = columns.position(volunteer);
        if (i < 0) {
            return this;
        }
        return new VolunteerIndex(columns, matches.with(i, live, helpedRequesters), weights);
    }

    /** The live matches the index holds for a volunteer; -1 when not indexed. */
    public int activeMatches(UUID volunteer) {
        int i = columns.position(volunteer);
        return i < 0 ? -1 : matches.activeMatches[i];
    }

    public int size() {
        return columns.size;
    }

    public Weights weights() {
        return weights;
    }

    public UUID id(int position) {
        return columns.ids[position];
    }

    /** The id rank of the volunteer at {@code position}: ties between equal scores go to the lower rank. */
    public int idRank(int position) {
        return columns.idRank[position];
    }

    /** How many more requests the volunteer at {@code position} can take. */
    public int remainingCapacity(int position) {
        return Math.max(0, columns.capacity[position] - matches.activeMatches[position]);
    }

    /**
     * The best {@code k} candidates for a request, best first (ties by volunteer id), with every volunteer who
     * failed a hard filter counted by the first filter failed.
     *
     * @param today the day screening must be valid on for a recurring request
     */
    public Candidates candidates(HelpRequest request, LocalDate today, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k cannot be negative: " + k);
        }
        IndexQuery query = new IndexQuery(request, today, columns, matches);
        TopK top = new TopK(k, columns.idRank);
        int[] excluded = new int[Exclusion.values().length];
        int eligible = scan.scan(query, top, excluded);
        List<Candidate> best = new ArrayList<>();
        for (int position : top.bestFirst()) {
            best.add(explanation.of(position, query));
        }
        return new Candidates(request.id(), best, eligible, counts(excluded));
    }

    /** Every volunteer who passes the hard filters for a request, in index order, with their scores. */
    public Eligible eligible(HelpRequest request, LocalDate today) {
        IndexQuery query = new IndexQuery(request, today, columns, matches);
        Eligible.Builder builder = new Eligible.Builder();
        int[] excluded = new int[Exclusion.values().length];
        scan.scan(query, builder, excluded);
        return builder.build(counts(excluded));
    }

    private static Map<Exclusion, Integer> counts(int[] excluded) {
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        for (Exclusion reason : Exclusion.values()) {
            counts.put(reason, excluded[reason.ordinal()]);
        }
        return counts;
    }
}
