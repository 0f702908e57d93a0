package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.engine.KernBlock.LEVELS;

/**
 * The hot loop: every volunteer against the hard filters in {@link Exclusion} order, then the score of those who
 * pass, kern by kern. Within a kern only the volunteers within reach are visited (a prefix of the block, found by
 * binary search); the others are counted too far whole. The arithmetic per volunteer ({@link #score}) is also what
 * {@link Explanation} reports, so an explained score is the ranked one.
 * <p>
 * The filters are evaluated without branching on their outcome: each sets its {@link Exclusion#ordinal()} bit and
 * the lowest bit set is the first filter failed. On random data the outcomes are unpredictable, and a mispredicted
 * branch per filter cost more than evaluating all of them. The filters that do not depend on the request come
 * precomputed in one word per row ({@link KernBlock#flags}), and a column the request does not ask about (VOG,
 * language, training, absence) is not read at all: at a million volunteers the loop is bound by the bytes it reads.
 * <p>
 * Every volunteer is filtered (the counts per filter are part of the answer), but only those who could still enter
 * the sink are scored: within a block the best possible score falls with the travel distance, so they are a prefix
 * of the rows within reach ({@link #scoredRows}).
 */
final class Scan {

    /** One counter per {@link Exclusion}. */
    static final int COUNTERS = Exclusion.values().length;

    private static final int NO_VALID_VOG = 1 << Exclusion.NO_VALID_VOG.ordinal();
    private static final int MISSING_TRAINING = 1 << Exclusion.MISSING_TRAINING.ordinal();
    private static final int NO_SHARED_LANGUAGE = 1 << Exclusion.NO_SHARED_LANGUAGE.ordinal();
    private static final int ABSENT = 1 << Exclusion.ABSENT.ordinal();
    private static final int BUSY = 1 << Exclusion.BUSY.ordinal();

    /** Receives each eligible volunteer's position in the index with its score and id (for ties). */
    interface Sink {

        void accept(int position, double score, long idHigh, long idLow);

        /**
         * A score below which the sink would not keep a volunteer any more (a full top-K's worst kept score); -inf
         * while it keeps everyone. A volunteer whose best possible score is below it is counted eligible but not
         * scored.
         */
        default double threshold() {
            return Double.NEGATIVE_INFINITY;
        }
    }

    private final Weights weights;

    Scan(Weights weights) {
        this.weights = weights;
    }

    /**
     * Hands every eligible volunteer to the sink, kern by kern in {@code order} (block positions; index order when
     * that is 0, 1, 2...), and counts the others per filter in {@code excluded} (indexed by
     * {@link Exclusion#ordinal()}).
     *
     * @return how many were eligible
     */
    int scan(KernBlock[] blocks, int[] order, int[] offsets, IndexQuery q, Sink sink, int[] excluded) {
        int eligible = 0;
        // what the request does not ask is not read: at a million volunteers the scan is bound by the bytes it
        // reads per row, and a branch on a flag of the request is always predicted
        boolean needsVog = q.needsVog;
        int vogDay = q.screeningDay;
        boolean needsLanguage = q.needsLanguage;
        long wantedLanguages = q.languageBits;
        // a training the catalogue does not know is held by nobody; otherwise the required ones, all valid then
        boolean nobodyTrained = q.needsTrainings && q.unknownTraining;
        int screeningDay = q.screeningDay;
        int day = q.oneOffDay;
        boolean oneOff = day != KernBlock.NO_DATE;
        int wantedBusy = q.bookingSlots << KernBlock.BUSY_SHIFT;
        for (int b : order) {
            KernBlock block = blocks[b];
            int size = block.size;
            if (size == 0) {
                continue;
            }
            double km = q.kmTo[block.kern];
            int reach = block.withinReach(km);
            excluded[Exclusion.TOO_FAR.ordinal()] += size - reach;
            if (reach == 0) {
                continue;
            }
            boolean sameKern = block.kern == q.kern;
            int[] helped = block.helpersOf(q.requesterKey);
            int h = 0;
            int base = offsets[block.kern];
            int[] flags = block.flags;
            int[] vogUntil = block.vogUntil;
            long[] languageBits = block.languageBits;
            int[] absentFrom = block.absentFrom;
            int[] absentUntil = block.absentUntil;
            int[][] trainings = required(block, q);
            long[] idHigh = block.idHigh;
            long[] idLow = block.idLow;
            // rows from `scored` on cannot beat what the sink keeps: they are filtered and counted, not scored
            double threshold = sink.threshold();
            int scored = scoredRows(block, reach, sameKern, km, helped.length > 0, threshold);
            for (int j = 0; j < reach; j++) {
                int f = flags[j];
                int failed = f & KernBlock.STATIC_FAILURES;
                if (needsVog) {
                    failed |= vogUntil[j] < vogDay ? NO_VALID_VOG : 0;
                }
                if (needsLanguage) {
                    failed |= (languageBits[j] & wantedLanguages) == 0 ? NO_SHARED_LANGUAGE : 0;
                }
                if (nobodyTrained) {
                    failed |= MISSING_TRAINING;
                } else {
                    for (int[] until : trainings) {
                        failed |= until[j] < screeningDay ? MISSING_TRAINING : 0;
                    }
                }
                if (oneOff) {
                    // one absence (most who have any) is decided by its first and last day alone
                    boolean inAbsence = absentFrom[j] <= day & day <= absentUntil[j];
                    if (inAbsence & (f & KernBlock.MANY_ABSENCES) != 0) {
                        inAbsence = isAbsent(block.absences[j], day);
                    }
                    failed |= inAbsence ? ABSENT : 0;
                }
                // BUSY is the last filter: only asked of whoever passed every other one (it counts only then), and
                // most volunteers hold no time at all, or none the request needs; her own match of this request
                // holds that time too, but does not make her busy for it
                if (failed == 0 & (f & wantedBusy) != 0 && isBusy(block, j, q)
                        && !q.heldHere(idHigh[j], idLow[j])) {
                    failed = BUSY;
                }
                if (failed != 0) {
                    excluded[Integer.numberOfTrailingZeros(failed)]++;
                    continue;
                }
                eligible++;
                if (j >= scored) {
                    continue;
                }
                while (h < helped.length && helped[h] < j) {
                    h++;
                }
                boolean helpedBefore = h < helped.length && helped[h] == j;
                // the cheap components first: with full skills the best this volunteer could score; below what the
                // sink keeps already, the talents need not be looked at (exact: weights are >= 0, and IEEE sums and
                // products are monotone, so the bound is never below the score)
                double availability = Scorer.availability(block.slots[j], q.slots);
                double distance = Scorer.distance(sameKern, km, block.maxTravelKm[j]);
                double load = block.load[j];
                double continuity = Scorer.continuity(helpedBefore);
                if (weights.score(1.0, availability, distance, load, continuity) < sink.threshold()) {
                    continue;
                }
                sink.accept(base + j, weights.score(skills(block, j, q), availability, distance, load, continuity),
                        idHigh[j], idLow[j]);
                if (sink.threshold() != threshold) {
                    threshold = sink.threshold();
                    scored = scoredRows(block, scored, sameKern, km, helped.length > 0, threshold);
                }
            }
        }
        return eligible;
    }

    private static final int[][] NO_COLUMNS = new int[0][];

    /** The columns of the request's required trainings in this block (none when it needs none). */
    private static int[][] required(KernBlock block, IndexQuery q) {
        if (!q.needsTrainings || q.unknownTraining) {
            return NO_COLUMNS;
        }
        int[][] columns = new int[q.trainingPositions.length][];
        for (int r = 0; r < columns.length; r++) {
            columns[r] = block.trainingUntil[q.trainingPositions[r]];
        }
        return columns;
    }

    /**
     * How many of the first {@code rows} rows could still score at least {@code threshold}: their best possible
     * score (full skills, availability and load, and continuity when anyone in the block helped the requester) falls
     * with their travel distance, which falls along the block, so the rows that can are a prefix, found by binary
     * search. Exact: that bound is never below the one the scan applies per row, so it leaves out no one the sink
     * would have kept.
     */
    private int scoredRows(KernBlock block, int rows, boolean sameKern, double km, boolean anyHelped,
            double threshold) {
        double continuity = Scorer.continuity(anyHelped);
        int low = 0;
        int high = rows;
        while (low < high) {
            int mid = (low + high) >>> 1;
            double best = weights.score(1.0, 1.0, Scorer.distance(sameKern, km, block.maxTravelKm[mid]), 1.0,
                    continuity);
            if (best >= threshold) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean isAbsent(int[] ranges, int day) {
        for (int r = 0; r < ranges.length; r += 2) {
            if (ranges[r] <= day && day <= ranges[r + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of volunteer j's bookings holds a time the request needs, as {@link
     * nl.talentenbureau.matching.profile.Booking#overlaps} decides: a weekly day part, or a day part of a date from
     * today on that a weekly request needs every week or a one-off request needs on that very date.
     */
    static boolean isBusy(KernBlock block, int j, IndexQuery q) {
        int wanted = q.bookingSlots;
        if ((block.busyWeekly[j] & wanted) != 0) {
            return true;
        }
        int[] dates = block.datePairs;
        for (int r = block.datesFrom[j]; r < block.datesFrom[j + 1]; r += 2) {
            int day = dates[r];
            if ((dates[r + 1] & wanted) != 0 && day >= q.today
                    && (q.oneOffDay == KernBlock.NO_DATE || day == q.oneOffDay)) {
                return true;
            }
        }
        return false;
    }

    /** The level at which volunteer j holds a talent; 0 when not held or unknown to the catalogue (-1). */
    static int level(KernBlock block, int j, int talent) {
        if (talent < 0) {
            return 0;
        }
        int level = 0;
        for (int l = 0; l < LEVELS; l++) {
            level += (int) ((block.talentAtLeast[j * LEVELS + l] >>> talent) & 1L);
        }
        return level;
    }

    static double skills(KernBlock block, int j, IndexQuery q) {
        int n = q.talentPositions.length;
        if (n == 0) {
            return 1.0;
        }
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += Scorer.skill(level(block, j, q.talentPositions[r]), q.minLevels[r]);
        }
        return sum / n;
    }

    double score(KernBlock block, int j, IndexQuery q, boolean sameKern, double km, boolean helpedBefore) {
        return weights.score(skills(block, j, q), Scorer.availability(block.slots[j], q.slots),
                Scorer.distance(sameKern, km, block.maxTravelKm[j]),
                block.load[j],
                Scorer.continuity(helpedBefore));
    }
}
