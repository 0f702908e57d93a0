package nl.talentenbureau.matching.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.DateRange;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;

/**
 * The volunteers of one home kern as parallel primitive columns (row j is one volunteer), ordered by maximum travel
 * distance, longest first, then by id. So the volunteers within reach of a request are a prefix of the block: the
 * scan finds its end by binary search and counts the rest as too far without visiting them.
 * <p>
 * Immutable. A change copies only its block ({@link Builder} from the old block's rows plus the new profiles, or
 * {@link #withMatches}); every other block is shared between the index versions, so a change costs the size of a
 * kern, not of the whole index, and readers of an older version keep a consistent one.
 */
final class KernBlock {

    static final int LEVELS = VolunteerProfile.MAX_LEVEL;
    static final int NO_DATE = Integer.MIN_VALUE;
    static final int NEVER_EXPIRES = Integer.MAX_VALUE;
    static final int[] NOBODY = new int[0];
    private static final int[] NO_ABSENCES = new int[0];
    static final int[] NO_DATES = new int[0];
    private static final String[] NO_KEYS = new String[0];

    final int kern;
    final int size;
    final int trainingCount;
    final UUID[] ids;
    final long[] idHigh;
    final long[] idLow;
    /** rows ordered by id: byId[r] is the row of the volunteer with the r-th smallest id in this block */
    final int[] byId;
    /** descending */
    final int[] maxTravelKm;
    final boolean[] active;
    /** talentAtLeast[j * LEVELS + (level - 1)]: the talents volunteer j holds at that level or higher */
    final long[] talentAtLeast;
    final int[] vogUntil;
    /**
     * trainingUntil[t][j]: last valid epoch day of training t, {@link #NO_DATE} when not held; one column per training,
     * so a request's required training is one sequential read per volunteer
     */
    final int[][] trainingUntil;
    /** bits of the index's language codes at the time the row was written (codes are only ever appended) */
    final long[] languageBits;
    final int[] slots;
    final int[] capacity;
    /** per volunteer: absences as epoch-day pairs (start, end), mostly empty */
    final int[][] absences;
    /** the first absent day and the last ({@link Integer#MAX_VALUE} / MIN_VALUE for none): one test for most */
    final int[] absentFrom;
    final int[] absentUntil;
    /** live (ACCEPTED or ACTIVE) matches */
    final int[] activeMatches;
    /**
     * Every day-part bit any open or live match of theirs holds (weekly or on a date): 0 for most, so one test
     * clears them; only a row sharing a bit with the request is looked at closer ({@link #busyWeekly},
     * {@link #busyDates}).
     */
    final int[] busyAny;
    /** the weekly day parts their matches of recurring requests hold */
    final int[] busyWeekly;
    /** per volunteer: (epoch day, day-part bits) pairs their matches of one-off requests hold, mostly empty */
    final int[][] busyDates;
    /**
     * {@link #busyDates} once more in one array per block: row j's pairs are {@code datePairs[datesFrom[j] ..
     * datesFrom[j + 1])}. The scan reads these (nearby rows' pairs lie side by side) instead of one small array per
     * row elsewhere on the heap.
     */
    final int[] datesFrom;
    final int[] datePairs;
    /** per row: the requester keys they helped */
    final String[][] helped;
    /** per requester key: the rows of the volunteers who helped them, ascending */
    final Map<String, int[]> helpers;
    /** the load component of each row's score ({@link Scorer#load(int, int, int, int)}), computed once per row */
    final double[] load;
    /**
     * What the scan asks of every row in one word ({@link #flagsOf}): the filters that do not depend on the request
     * ({@link #STATIC_FAILURES}, at their {@link Exclusion#ordinal()} bits), the busy day parts
     * ({@link #BUSY_SHIFT}) and whether the row has more than one absence ({@link #MANY_ABSENCES}).
     */
    final int[] flags;

    static final int STATIC_FAILURES = (1 << Exclusion.NOT_ACTIVE.ordinal()) | (1 << Exclusion.AT_CAPACITY.ordinal());
    static final int BUSY_SHIFT = 8;
    /** more than one absence: the first and last absent day are not enough to decide a day */
    static final int MANY_ABSENCES = 1 << 30;

    private KernBlock(Builder b, int[] order) {
        kern = b.kern;
        size = order.length;
        trainingCount = b.trainingCount;
        int t = trainingCount;
        ids = new UUID[size];
        idHigh = new long[size];
        idLow = new long[size];
        maxTravelKm = new int[size];
        active = new boolean[size];
        talentAtLeast = new long[size * LEVELS];
        vogUntil = new int[size];
        trainingUntil = new int[t][size];
        languageBits = new long[size];
        slots = new int[size];
        capacity = new int[size];
        absences = new int[size][];
        absentFrom = new int[size];
        absentUntil = new int[size];
        activeMatches = new int[size];
        busyAny = new int[size];
        busyWeekly = new int[size];
        busyDates = new int[size][];
        helped = new String[size][];
        for (int j = 0; j < size; j++) {
            int s = order[j];
            ids[j] = b.ids[s];
            idHigh[j] = b.idHigh[s];
            idLow[j] = b.idLow[s];
            maxTravelKm[j] = b.maxTravelKm[s];
            active[j] = b.active[s];
            System.arraycopy(b.talentAtLeast, s * LEVELS, talentAtLeast, j * LEVELS, LEVELS);
            vogUntil[j] = b.vogUntil[s];
            for (int c = 0; c < t; c++) {
                trainingUntil[c][j] = b.trainingUntil[s * t + c];
            }
            languageBits[j] = b.languageBits[s];
            slots[j] = b.slots[s];
            capacity[j] = b.capacity[s];
            absences[j] = b.absences[s];
            absentFrom[j] = b.absentFrom[s];
            absentUntil[j] = b.absentUntil[s];
            activeMatches[j] = b.activeMatches[s];
            busyAny[j] = b.busyAny[s];
            busyWeekly[j] = b.busyWeekly[s];
            busyDates[j] = b.busyDates[s];
            helped[j] = b.helped[s];
        }
        byId = new int[size];
        for (int j = 0; j < size; j++) {
            byId[b.idRank[order[j]]] = j;
        }
        helpers = helpersOf(helped);
        Busy busy = new Busy(busyAny, busyWeekly, busyDates);
        datesFrom = busy.from;
        datePairs = busy.pairs;
        load = new double[size];
        flags = new int[size];
        for (int j = 0; j < size; j++) {
            load[j] = Scorer.load(activeMatches[j], capacity[j], busyWeekly[j], slots[j]);
            flags[j] = flagsOf(active[j], activeMatches[j], capacity[j], absences[j], busyAny[j]);
        }
    }

    /** A copy with new live-match columns; the profile columns are shared. */
    private KernBlock(KernBlock from, int[] activeMatches, Busy busy, String[][] helped,
            Map<String, int[]> helpers, double[] load, int[] flags) {
        kern = from.kern;
        size = from.size;
        trainingCount = from.trainingCount;
        ids = from.ids;
        idHigh = from.idHigh;
        idLow = from.idLow;
        byId = from.byId;
        maxTravelKm = from.maxTravelKm;
        active = from.active;
        talentAtLeast = from.talentAtLeast;
        vogUntil = from.vogUntil;
        trainingUntil = from.trainingUntil;
        languageBits = from.languageBits;
        slots = from.slots;
        capacity = from.capacity;
        absences = from.absences;
        absentFrom = from.absentFrom;
        absentUntil = from.absentUntil;
        this.activeMatches = activeMatches;
        this.busyAny = busy.any;
        this.busyWeekly = busy.weekly;
        this.busyDates = busy.dates;
        this.datesFrom = busy.from;
        this.datePairs = busy.pairs;
        this.helped = helped;
        this.helpers = helpers;
        this.load = load;
        this.flags = flags;
    }

    /** A row's {@link #flags}. */
    static int flagsOf(boolean active, int live, int capacity, int[] absences, int busyAny) {
        return (active ? 0 : 1 << Exclusion.NOT_ACTIVE.ordinal())
                | (live >= capacity ? 1 << Exclusion.AT_CAPACITY.ordinal() : 0)
                | (absences.length > 2 ? MANY_ABSENCES : 0)
                | busyAny << BUSY_SHIFT;
    }

    /** The three busy columns, replaced together. */
    private record Busy(int[] any, int[] weekly, int[][] dates, int[] from, int[] pairs) {

        Busy(int[] any, int[] weekly, int[][] dates) {
            this(any, weekly, dates, new int[dates.length + 1], flatten(dates));
            for (int j = 0; j < dates.length; j++) {
                from[j + 1] = from[j] + dates[j].length;
            }
        }

        private static int[] flatten(int[][] dates) {
            int n = 0;
            for (int[] row : dates) {
                n += row.length;
            }
            int[] pairs = new int[n];
            n = 0;
            for (int[] row : dates) {
                System.arraycopy(row, 0, pairs, n, row.length);
                n += row.length;
            }
            return pairs;
        }

        /** These columns with row j's bookings replaced: copies, the flattened pairs spliced rather than rebuilt. */
        Busy with(int j, int anyBits, int weeklyBits, int[] dated) {
            int[] newAny = any.clone();
            int[] newWeekly = weekly.clone();
            int[][] newDates = dates.clone();
            newAny[j] = anyBits;
            newWeekly[j] = weeklyBits;
            newDates[j] = dated;
            int start = from[j];
            int end = from[j + 1];
            int shift = dated.length - (end - start);
            int[] newPairs = new int[pairs.length + shift];
            System.arraycopy(pairs, 0, newPairs, 0, start);
            System.arraycopy(dated, 0, newPairs, start, dated.length);
            System.arraycopy(pairs, end, newPairs, start + dated.length, pairs.length - end);
            int[] newFrom = from.clone();
            for (int r = j + 1; r < newFrom.length; r++) {
                newFrom[r] += shift;
            }
            return new Busy(newAny, newWeekly, newDates, newFrom, newPairs);
        }
    }

    static KernBlock empty(int kern, int trainingCount) {
        return new Builder(kern, 0, trainingCount).build();
    }

    /** The rows within {@code km}: rows 0 .. withinReach(km) - 1 (maxTravelKm is descending). */
    int withinReach(double km) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (maxTravelKm[mid] >= km) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The row of the volunteer with this id; -1 when not in this block. */
    int row(UUID id) {
        long high = id.getMostSignificantBits();
        long lowBits = id.getLeastSignificantBits();
        int low = 0;
        int top = size - 1;
        while (low <= top) {
            int mid = (low + top) >>> 1;
            int j = byId[mid];
            int cmp = compareIds(idHigh[j], idLow[j], high, lowBits);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                top = mid - 1;
            } else {
                return j;
            }
        }
        return -1;
    }

    int[] helpersOf(String requesterKey) {
        return requesterKey == null ? NOBODY : helpers.getOrDefault(requesterKey, NOBODY);
    }

    /**
     * The same block with row j's live matches, helped requesters and (unless null) bookings replaced: O(block)
     * copies of the columns that change.
     */
    KernBlock withMatches(int j, int live, Set<String> helpedRequesters, List<Booking> bookings) {
        int[] counts = activeMatches.clone();
        counts[j] = live;
        Busy busy = new Busy(busyAny, busyWeekly, busyDates, datesFrom, datePairs);
        if (bookings != null) {
            int weekly = weeklyOf(bookings);
            int[] dates = datesOf(bookings);
            int any = anyOf(weekly, dates);
            if (weekly != busyWeekly[j] || !Arrays.equals(dates, busyDates[j])) {
                busy = busy.with(j, any, weekly, dates);
            }
        }
        double[] loads = load.clone();
        loads[j] = Scorer.load(live, capacity[j], busy.weekly[j], slots[j]);
        int[] rowFlags = flags.clone();
        rowFlags[j] = flagsOf(active[j], live, capacity[j], absences[j], busy.any[j]);
        if (Set.of(helped[j]).equals(helpedRequesters)) {
            return new KernBlock(this, counts, busy, helped, helpers, loads, rowFlags);
        }
        String[][] perRow = helped.clone();
        perRow[j] = helpedRequesters.toArray(String[]::new);
        return new KernBlock(this, counts, busy, perRow, helpersOf(perRow), loads, rowFlags);
    }

    /** The weekly day parts the bookings of recurring requests hold. */
    static int weeklyOf(List<Booking> bookings) {
        int weekly = 0;
        for (Booking booking : bookings) {
            if (booking.weekly()) {
                weekly |= booking.slots();
            }
        }
        return weekly;
    }

    /** The bookings on a date as (epoch day, bits) pairs, by day; {@link #NO_DATES} for none. */
    static int[] datesOf(List<Booking> bookings) {
        int n = 0;
        for (Booking booking : bookings) {
            n += booking.weekly() ? 0 : 1;
        }
        if (n == 0) {
            return NO_DATES;
        }
        if (n == 1) {
            for (Booking booking : bookings) {
                if (!booking.weekly()) {
                    return new int[]{(int) booking.date().toEpochDay(), booking.slots()};
                }
            }
        }
        long[] keyed = new long[n];
        int i = 0;
        for (Booking booking : bookings) {
            if (!booking.weekly()) {
                keyed[i++] = (booking.date().toEpochDay() << 32) | booking.slots();
            }
        }
        Arrays.sort(keyed);
        int[] pairs = new int[2 * n];
        for (i = 0; i < n; i++) {
            pairs[2 * i] = (int) (keyed[i] >> 32);
            pairs[2 * i + 1] = (int) keyed[i];
        }
        return pairs;
    }

    static int anyOf(int weekly, int[] dates) {
        int any = weekly;
        for (int r = 1; r < dates.length; r += 2) {
            any |= dates[r];
        }
        return any;
    }

    /** The same order as {@link UUID#compareTo}: signed, high bits first. */
    static int compareIds(long highA, long lowA, long highB, long lowB) {
        int cmp = Long.compare(highA, highB);
        return cmp != 0 ? cmp : Long.compare(lowA, lowB);
    }

    private static Map<String, int[]> helpersOf(String[][] helped) {
        Map<String, int[]> counts = new HashMap<>();
        for (String[] keys : helped) {
            for (String key : keys) {
                int[] count = counts.get(key);
                if (count == null) {
                    counts.put(key, new int[]{1});
                } else {
                    count[0]++;
                }
            }
        }
        Map<String, int[]> rows = new HashMap<>(counts.size() * 2);
        counts.forEach((key, count) -> rows.put(key, new int[count[0]]));
        for (int j = 0; j < helped.length; j++) {
            for (String key : helped[j]) {
                int[] at = counts.get(key);
                int[] list = rows.get(key);
                list[list.length - at[0]--] = j;
            }
        }
        return rows;
    }

    /**
     * Collects a block's rows in any order (a profile, or a row of an older block), then sorts them into the block's
     * order. Used by the full build for every kern and by an in-place change for the kernen it touches.
     */
    static final class Builder {

        private final int kern;
        private final int trainingCount;
        private int n;
        private final UUID[] ids;
        private final long[] idHigh;
        private final long[] idLow;
        private final int[] maxTravelKm;
        private final boolean[] active;
        private final long[] talentAtLeast;
        private final int[] vogUntil;
        private final int[] trainingUntil;
        private final long[] languageBits;
        private final int[] slots;
        private final int[] capacity;
        private final int[][] absences;
        private final int[] absentFrom;
        private final int[] absentUntil;
        private final int[] activeMatches;
        private final int[] busyAny;
        private final int[] busyWeekly;
        private final int[][] busyDates;
        private final String[][] helped;
        private int[] idRank;

        Builder(int kern, int rows, int trainingCount) {
            this.kern = kern;
            this.trainingCount = trainingCount;
            ids = new UUID[rows];
            idHigh = new long[rows];
            idLow = new long[rows];
            maxTravelKm = new int[rows];
            active = new boolean[rows];
            talentAtLeast = new long[rows * LEVELS];
            vogUntil = new int[rows];
            trainingUntil = new int[rows * trainingCount];
            languageBits = new long[rows];
            slots = new int[rows];
            capacity = new int[rows];
            absences = new int[rows][];
            absentFrom = new int[rows];
            absentUntil = new int[rows];
            activeMatches = new int[rows];
            busyAny = new int[rows];
            busyWeekly = new int[rows];
            busyDates = new int[rows][];
            helped = new String[rows][];
        }

        /** Adds a volunteer from their profile; unknown talent and training codes are left out (they match nothing). */
        void add(VolunteerProfile p, Codes talents, Codes trainings, Codes languages) {
            int s = n++;
            ids[s] = p.id();
            idHigh[s] = p.id().getMostSignificantBits();
            idLow[s] = p.id().getLeastSignificantBits();
            maxTravelKm[s] = p.maxTravelKm();
            active[s] = p.status() == VolunteerStatus.ACTIVE;
            p.talents().forEach((code, level) -> {
                long bit = talents.bit(code);
                for (int l = 0; l < level; l++) {
                    talentAtLeast[s * LEVELS + l] |= bit;
                }
            });
            vogUntil[s] = p.vogValidUntil() == null ? NO_DATE : (int) p.vogValidUntil().toEpochDay();
            int t = trainingCount;
            Arrays.fill(trainingUntil, s * t, s * t + t, NO_DATE);
            p.trainings().forEach((code, expires) -> {
                long bit = trainings.bit(code);
                if (bit != 0) {
                    trainingUntil[s * t + Long.numberOfTrailingZeros(bit)] = expires == null
                            ? NEVER_EXPIRES
                            : (int) expires.toEpochDay();
                }
            });
            languageBits[s] = languages.bits(p.languages());
            slots[s] = p.weeklySlots();
            capacity[s] = p.capacity();
            List<DateRange> ranges = p.absences();
            int[] days = NO_ABSENCES;
            int from = Integer.MAX_VALUE;
            int until = Integer.MIN_VALUE;
            if (!ranges.isEmpty()) {
                days = new int[ranges.size() * 2];
                for (int r = 0; r < ranges.size(); r++) {
                    days[2 * r] = (int) ranges.get(r).startsOn().toEpochDay();
                    days[2 * r + 1] = (int) ranges.get(r).endsOn().toEpochDay();
                    from = Math.min(from, days[2 * r]);
                    until = Math.max(until, days[2 * r + 1]);
                }
            }
            absences[s] = days;
            absentFrom[s] = from;
            absentUntil[s] = until;
            activeMatches[s] = p.activeMatches();
            busyWeekly[s] = weeklyOf(p.bookings());
            busyDates[s] = datesOf(p.bookings());
            busyAny[s] = anyOf(busyWeekly[s], busyDates[s]);
            helped[s] = p.helpedRequesters().isEmpty() ? NO_KEYS : p.helpedRequesters().toArray(String[]::new);
        }

        /** Adds row j of an older block of the same kern, as it is. */
        void copy(KernBlock from, int j) {
            int s = n++;
            ids[s] = from.ids[j];
            idHigh[s] = from.idHigh[j];
            idLow[s] = from.idLow[j];
            maxTravelKm[s] = from.maxTravelKm[j];
            active[s] = from.active[j];
            System.arraycopy(from.talentAtLeast, j * LEVELS, talentAtLeast, s * LEVELS, LEVELS);
            vogUntil[s] = from.vogUntil[j];
            for (int c = 0; c < trainingCount; c++) {
                trainingUntil[s * trainingCount + c] = from.trainingUntil[c][j];
            }
            languageBits[s] = from.languageBits[j];
            slots[s] = from.slots[j];
            capacity[s] = from.capacity[j];
            absences[s] = from.absences[j];
            absentFrom[s] = from.absentFrom[j];
            absentUntil[s] = from.absentUntil[j];
            activeMatches[s] = from.activeMatches[j];
            busyAny[s] = from.busyAny[j];
            busyWeekly[s] = from.busyWeekly[j];
            busyDates[s] = from.busyDates[j];
            helped[s] = from.helped[j];
        }

        /** Sorts the rows by id (a volunteer listed twice is refused), then by travel distance, longest first. */
        KernBlock build() {
            if (n != ids.length) {
                throw new IllegalStateException("a block of " + ids.length + " rows got " + n);
            }
            int[] sortedById = new int[n];
            for (int s = 0; s < n; s++) {
                sortedById[s] = s;
            }
            IdSort.sort(sortedById, idHigh, idLow);
            idRank = new int[n];
            for (int r = 0; r < n; r++) {
                int s = sortedById[r];
                idRank[s] = r;
                if (r > 0 && idHigh[s] == idHigh[sortedById[r - 1]] && idLow[s] == idLow[sortedById[r - 1]]) {
                    throw new IllegalArgumentException("volunteer listed twice: " + ids[s]);
                }
            }
            // (longest travel first, then id) in one long: travel's complement above, the id rank below
            long[] keys = new long[n];
            for (int s = 0; s < n; s++) {
                keys[s] = ((long) (Integer.MAX_VALUE - maxTravelKm[s]) << 32) | idRank[s];
            }
            Arrays.sort(keys);
            int[] order = new int[n];
            for (int j = 0; j < n; j++) {
                order[j] = sortedById[(int) keys[j]];
            }
            return new KernBlock(this, order);
        }
    }

    /** Sorts row numbers by id (signed high bits, then low bits, as {@link UUID#compareTo}) without boxing. */
    private static final class IdSort {

        static void sort(int[] rows, long[] high, long[] low) {
            int[] buffer = rows.clone();
            mergeSort(buffer, rows, 0, rows.length, high, low);
        }

        /** Sorts src[from..to) into dst (both start with the same contents). */
        private static void mergeSort(int[] src, int[] dst, int from, int to, long[] high, long[] low) {
            if (to - from < 16) {
                for (int i = from + 1; i < to; i++) {
                    int row = dst[i];
                    int k = i - 1;
                    while (k >= from && compareIds(high[dst[k]], low[dst[k]], high[row], low[row]) > 0) {
                        dst[k + 1] = dst[k];
                        k--;
                    }
                    dst[k + 1] = row;
                }
                return;
            }
            int mid = (from + to) >>> 1;
            mergeSort(dst, src, from, mid, high, low);
            mergeSort(dst, src, mid, to, high, low);
            int a = from;
            int b = mid;
            for (int i = from; i < to; i++) {
                if (b >= to || a < mid && compareIds(high[src[a]], low[src[a]], high[src[b]], low[src[b]]) <= 0) {
                    dst[i] = src[a++];
                } else {
                    dst[i] = src[b++];
                }
            }
        }
    }
}
