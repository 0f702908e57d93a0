package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.engine.Columns.LEVELS;
import static nl.talentenbureau.matching.engine.Columns.NO_DATE;

/**
 * The hot loop: every volunteer against the hard filters in {@link Exclusion} order, then the score of those who
 * pass, kern by kern (a kern out of everyone's reach is counted whole, its volunteers unvisited). The arithmetic per
 * volunteer ({@link #score}) is also what {@link Explanation} reports, so an explained score is the ranked one.
 * <p>
 * It keeps the columns it reads as its own final fields (one load from {@code this}, as when it lived in the index
 * itself) rather than reaching through {@link Columns}: the benchmark measures this loop.
 */
final class Scan {

    /** Receives each eligible volunteer's position in the index with its score. */
    interface Sink {

        void accept(int position, double score);
    }

    private final Weights weights;
    private final int trainingCount;
    private final int[] kernStart;
    private final int[] kernMaxTravelKm;
    private final boolean[] active;
    private final int[] maxTravelKm;
    private final long[] talentAtLeast;
    private final int[] vogUntil;
    private final long[] trainingHeld;
    private final int[] trainingUntil;
    private final long[] languageBits;
    private final int[] slots;
    private final int[] capacity;
    private final int[][] absences;
    private final int[] activeMatches;

    Scan(Columns columns, LiveMatches matches, Weights weights) {
        this.weights = weights;
        this.trainingCount = columns.trainings.size();
        this.kernStart = columns.kernStart;
        this.kernMaxTravelKm = columns.kernMaxTravelKm;
        this.active = columns.active;
        this.maxTravelKm = columns.maxTravelKm;
        this.talentAtLeast = columns.talentAtLeast;
        this.vogUntil = columns.vogUntil;
        this.trainingHeld = columns.trainingHeld;
        this.trainingUntil = columns.trainingUntil;
        this.languageBits = columns.languageBits;
        this.slots = columns.slots;
        this.capacity = columns.capacity;
        this.absences = columns.absences;
        this.activeMatches = matches.activeMatches;
    }

    /**
     * Hands every eligible volunteer to the sink in index order and counts the others per filter in
     * {@code excluded} (indexed by {@link Exclusion#ordinal()}).
     *
     * @return how many were eligible
     */
    int scan(IndexQuery q, Sink sink, int[] excluded) {
        int eligible = 0;
        int[] helped = q.helpers;
        int h = 0;
        for (int k = 0; k < kernStart.length - 1; k++) {
            int from = kernStart[k];
            int to = kernStart[k + 1];
            if (from == to) {
                continue;
            }
            double km = q.kmTo[k];
            if (km > kernMaxTravelKm[k]) {
                excluded[Exclusion.TOO_FAR.ordinal()] += to - from;
                continue;
            }
            boolean sameKern = k == q.kern;
            for (int i = from; i < to; i++) {
                Exclusion failed = firstFailure(i, km, q);
                if (failed != null) {
                    excluded[failed.ordinal()]++;
                    continue;
                }
                while (h < helped.length && helped[h] < i) {
                    h++;
                }
                boolean helpedBefore = h < helped.length && helped[h] == i;
                sink.accept(i, score(i, q, sameKern, km, helpedBefore));
                eligible++;
            }
        }
        return eligible;
    }

    private Exclusion firstFailure(int i, double km, IndexQuery q) {
        if (km > maxTravelKm[i]) {
            return Exclusion.TOO_FAR;
        }
        if (!active[i]) {
            return Exclusion.NOT_ACTIVE;
        }
        if (q.needsVog && vogUntil[i] < q.screeningDay) {
            return Exclusion.NO_VALID_VOG;
        }
        if (q.needsTrainings && !holdsTrainings(i, q)) {
            return Exclusion.MISSING_TRAINING;
        }
        if (q.needsLanguage && (languageBits[i] & q.languageBits) == 0) {
            return Exclusion.NO_SHARED_LANGUAGE;
        }
        if (activeMatches[i] >= capacity[i]) {
            return Exclusion.AT_CAPACITY;
        }
        if (q.oneOffDay != NO_DATE && isAbsent(i, q.oneOffDay)) {
            return Exclusion.ABSENT;
        }
        return null;
    }

    private boolean holdsTrainings(int i, IndexQuery q) {
        if (q.unknownTraining || (trainingHeld[i] & q.trainingBits) != q.trainingBits) {
            return false;
        }
        int base = i * trainingCount;
        for (int t : q.trainingPositions) {
            if (trainingUntil[base + t] < q.screeningDay) {
                return false;
            }
        }
        return true;
    }

    private boolean isAbsent(int i, int day) {
        int[] ranges = absences[i];
        for (int r = 0; r < ranges.length; r += 2) {
            if (ranges[r] <= day && day <= ranges[r + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The level at which volunteer i holds a talent; 0 when not held or unknown to the catalogue (-1). */
    int level(int i, int talent) {
        if (talent < 0) {
            return 0;
        }
        int level = 0;
        for (int l = 0; l < LEVELS; l++) {
            level += (int) ((talentAtLeast[i * LEVELS + l] >>> talent) & 1L);
        }
        return level;
    }

    double skills(int i, IndexQuery q) {
        int n = q.talentPositions.length;
        if (n == 0) {
            return 1.0;
        }
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += Scorer.skill(level(i, q.talentPositions[r]), q.minLevels[r]);
        }
        return sum / n;
    }

    double score(int i, IndexQuery q, boolean sameKern, double km, boolean helpedBefore) {
        return weights.score(skills(i, q), Scorer.availability(slots[i], q.slots),
                Scorer.distance(sameKern, km, maxTravelKm[i]), Scorer.load(activeMatches[i], capacity[i]),
                Scorer.continuity(helpedBefore));
    }
}
