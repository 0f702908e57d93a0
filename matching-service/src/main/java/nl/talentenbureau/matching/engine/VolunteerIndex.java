package nl.talentenbureau.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.profile.DateRange;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;
import nl.talentenbureau.matching.request.HelpRequest;

/**
 * An immutable in-memory index of volunteer profiles, laid out as parallel primitive arrays so a query touches
 * a few cache lines per volunteer: talents as bitsets per level, slots as one int, dates as epoch days.
 * Volunteers are grouped by home kern (then ordered by id), so a kern out of everyone's reach is skipped whole.
 * Rebuilt from the projection when it changes; safe to query from many threads.
 */
public final class VolunteerIndex {

    /** Receives each eligible volunteer's position in the index with its score. */
    interface Sink {

        void accept(int position, double score);
    }

    private static final int LEVELS = VolunteerProfile.MAX_LEVEL;
    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final int NEVER_EXPIRES = Integer.MAX_VALUE;
    private static final int[] NO_ABSENCES = new int[0];
    private static final int[] NOBODY = new int[0];

    private final KernDistances kernen;
    private final Codes talents;
    private final Codes trainings;
    private final Codes languages;
    private final Weights weights;

    private final int size;
    private final UUID[] ids;
    /** rank of each volunteer's id among all ids: the tie-breaker */
    private final int[] idRank;
    /** positions ordered by id: byId[rank] is the position of the volunteer of that id rank */
    private final int[] byId;
    /** volunteers of kern k are at positions kernStart[k] .. kernStart[k + 1] - 1 */
    private final int[] kernStart;
    private final int[] kernMaxTravelKm;
    private final int[] kern;
    private final boolean[] active;
    private final int[] maxTravelKm;
    /** talentAtLeast[i * LEVELS + (level - 1)]: the talents volunteer i holds at that level or higher */
    private final long[] talentAtLeast;
    private final int[] vogUntil;
    private final long[] trainingHeld;
    /** trainingUntil[i * trainings.size() + t]: last valid epoch day of training t */
    private final int[] trainingUntil;
    private final long[] languageBits;
    private final int[] slots;
    private final int[] activeMatches;
    private final int[] capacity;
    /** per volunteer: absences as epoch-day pairs (start, end), mostly empty */
    private final int[][] absences;
    /** per requester key: the positions of volunteers who helped them, ascending */
    private final Map<String, int[]> helpers;
    /** per volunteer: the requester keys they helped (the inverse of {@code helpers}) */
    private final String[][] helped;

    private VolunteerIndex(List<VolunteerProfile> sorted, KernDistances kernen, Codes talents, Codes trainings,
            Codes languages, Weights weights) {
        this.kernen = kernen;
        this.talents = talents;
        this.trainings = trainings;
        this.languages = languages;
        this.weights = weights;
        this.size = sorted.size();
        int t = trainings.size();
        ids = new UUID[size];
        idRank = new int[size];
        byId = new int[size];
        helped = new String[size][];
        kern = new int[size];
        active = new boolean[size];
        maxTravelKm = new int[size];
        talentAtLeast = new long[size * LEVELS];
        vogUntil = new int[size];
        trainingHeld = new long[size];
        trainingUntil = new int[size * t];
        languageBits = new long[size];
        slots = new int[size];
        activeMatches = new int[size];
        capacity = new int[size];
        absences = new int[size][];
        kernStart = new int[kernen.size() + 1];
        kernMaxTravelKm = new int[kernen.size()];
        Arrays.fill(kernMaxTravelKm, -1);
        Map<String, List<Integer>> helped = new HashMap<>();

        for (int i = 0; i < size; i++) {
            VolunteerProfile p = sorted.get(i);
            ids[i] = p.id();
            kern[i] = kernen.position(p.homeKern());
            kernStart[kern[i] + 1]++;
            kernMaxTravelKm[kern[i]] = Math.max(kernMaxTravelKm[kern[i]], p.maxTravelKm());
            active[i] = p.status() == VolunteerStatus.ACTIVE;
            maxTravelKm[i] = p.maxTravelKm();
            for (Map.Entry<String, Integer> talent : p.talents().entrySet()) {
                long bit = talents.bit(talent.getKey());
                for (int level = 1; level <= talent.getValue(); level++) {
                    talentAtLeast[i * LEVELS + level - 1] |= bit;
                }
            }
            vogUntil[i] = p.vogValidUntil() == null ? NO_DATE : (int) p.vogValidUntil().toEpochDay();
            Arrays.fill(trainingUntil, i * t, i * t + t, NO_DATE);
            for (Map.Entry<String, LocalDate> training : p.trainings().entrySet()) {
                var position = trainings.position(training.getKey());
                if (position.isPresent()) {
                    trainingHeld[i] |= 1L << position.getAsInt();
                    trainingUntil[i * t + position.getAsInt()] = training.getValue() == null
                            ? NEVER_EXPIRES
                            : (int) training.getValue().toEpochDay();
                }
            }
            languageBits[i] = languages.bits(p.languages());
            slots[i] = p.weeklySlots();
            activeMatches[i] = p.activeMatches();
            capacity[i] = p.capacity();
            absences[i] = epochDays(p.absences());
            this.helped[i] = p.helpedRequesters().toArray(String[]::new);
            for (String requester : p.helpedRequesters()) {
                helped.computeIfAbsent(requester, key -> new ArrayList<>()).add(i);
            }
        }
        for (int k = 0; k < kernen.size(); k++) {
            kernStart[k + 1] += kernStart[k];
        }
        Integer[] ordered = new Integer[size];
        for (int i = 0; i < size; i++) {
            ordered[i] = i;
        }
        Arrays.sort(ordered, Comparator.comparing(i -> ids[i]));
        for (int r = 0; r < size; r++) {
            byId[r] = ordered[r];
            idRank[ordered[r]] = r;
            if (r > 0 && ids[ordered[r]].equals(ids[ordered[r - 1]])) {
                throw new IllegalArgumentException("volunteer listed twice: " + ids[ordered[r]]);
            }
        }
        helpers = new HashMap<>();
        helped.forEach((requester, positions) -> helpers.put(requester,
                positions.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** A copy sharing every array with {@code base} except the match-derived ones. */
    private VolunteerIndex(VolunteerIndex base, int[] activeMatches, Map<String, int[]> helpers,
            String[][] helped) {
        this.kernen = base.kernen;
        this.talents = base.talents;
        this.trainings = base.trainings;
        this.languages = base.languages;
        this.weights = base.weights;
        this.size = base.size;
        this.ids = base.ids;
        this.idRank = base.idRank;
        this.byId = base.byId;
        this.kernStart = base.kernStart;
        this.kernMaxTravelKm = base.kernMaxTravelKm;
        this.kern = base.kern;
        this.active = base.active;
        this.maxTravelKm = base.maxTravelKm;
        this.talentAtLeast = base.talentAtLeast;
        this.vogUntil = base.vogUntil;
        this.trainingHeld = base.trainingHeld;
        this.trainingUntil = base.trainingUntil;
        this.languageBits = base.languageBits;
        this.slots = base.slots;
        this.capacity = base.capacity;
        this.absences = base.absences;
        this.activeMatches = activeMatches;
        this.helpers = helpers;
        this.helped = helped;
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
        int i = position(volunteer);
        if (i < 0) {
            return this;
        }
        int[] counts = activeMatches.clone();
        counts[i] = live;
        Set<String> before = Set.of(helped[i]);
        if (before.equals(helpedRequesters)) {
            return new VolunteerIndex(this, counts, helpers, helped);
        }
        Map<String, int[]> keys = new HashMap<>(helpers);
        for (String gone : before) {
            if (!helpedRequesters.contains(gone)) {
                int[] without = Arrays.stream(keys.get(gone)).filter(p -> p != i).toArray();
                if (without.length == 0) {
                    keys.remove(gone);
                } else {
                    keys.put(gone, without);
                }
            }
        }
        for (String added : helpedRequesters) {
            if (!before.contains(added)) {
                int[] with = Arrays.copyOf(keys.getOrDefault(added, NOBODY), keys.getOrDefault(added, NOBODY).length
                        + 1);
                with[with.length - 1] = i;
                Arrays.sort(with);
                keys.put(added, with);
            }
        }
        String[][] perVolunteer = helped.clone();
        perVolunteer[i] = helpedRequesters.toArray(String[]::new);
        return new VolunteerIndex(this, counts, keys, perVolunteer);
    }

    /** The live matches the index holds for a volunteer; -1 when not indexed. */
    public int activeMatches(UUID volunteer) {
        int i = position(volunteer);
        return i < 0 ? -1 : activeMatches[i];
    }

    private int position(UUID volunteer) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = ids[byId[mid]].compareTo(volunteer);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return byId[mid];
            }
        }
        return -1;
    }

    /**
     * Builds the index. Volunteers' talent and training codes that the catalogues do not know are ignored (they
     * can match nothing); languages are numbered from what the volunteers speak.
     */
    public static VolunteerIndex build(Collection<VolunteerProfile> profiles, KernDistances kernen, Codes talents,
            Codes trainings, Weights weights) {
        Objects.requireNonNull(weights, "weights");
        TreeSet<String> spoken = new TreeSet<>();
        profiles.forEach(p -> spoken.addAll(p.languages()));
        List<VolunteerProfile> sorted = new ArrayList<>(profiles);
        for (VolunteerProfile p : sorted) {
            if (!kernen.knows(p.homeKern())) {
                throw new IllegalArgumentException("volunteer " + p.id() + " lives in unknown kern " + p.homeKern());
            }
        }
        sorted.sort(Comparator.comparingInt((VolunteerProfile p) -> kernen.position(p.homeKern()))
                .thenComparing(VolunteerProfile::id));
        return new VolunteerIndex(sorted, kernen, talents, trainings, Codes.of(List.copyOf(spoken)), weights);
    }

    public int size() {
        return size;
    }

    public Weights weights() {
        return weights;
    }

    public UUID id(int position) {
        return ids[position];
    }

    /** The id rank of the volunteer at {@code position}: ties between equal scores go to the lower rank. */
    public int idRank(int position) {
        return idRank[position];
    }

    /** How many more requests the volunteer at {@code position} can take. */
    public int remainingCapacity(int position) {
        return Math.max(0, capacity[position] - activeMatches[position]);
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
        Query query = new Query(request, today);
        TopK top = new TopK(k, idRank);
        int[] excluded = new int[Exclusion.values().length];
        int eligible = scan(query, top, excluded);
        List<Candidate> best = new ArrayList<>();
        for (int position : top.bestFirst()) {
            best.add(explain(position, query));
        }
        return new Candidates(request.id(), best, eligible, counts(excluded));
    }

    /** Every volunteer who passes the hard filters for a request, in index order, with their scores. */
    public Eligible eligible(HelpRequest request, LocalDate today) {
        Query query = new Query(request, today);
        Eligible.Builder builder = new Eligible.Builder();
        int[] excluded = new int[Exclusion.values().length];
        scan(query, builder, excluded);
        return builder.build(counts(excluded));
    }

    /** The volunteers passing every hard filter for one request, as index positions with their scores. */
    public record Eligible(int[] positions, double[] scores, Map<Exclusion, Integer> excluded) {

        public int size() {
            return positions.length;
        }

        static final class Builder implements Sink {

            private int[] positions = new int[16];
            private double[] scores = new double[16];
            private int size;

            @Override
            public void accept(int position, double score) {
                if (size == positions.length) {
                    positions = Arrays.copyOf(positions, size * 2);
                    scores = Arrays.copyOf(scores, size * 2);
                }
                positions[size] = position;
                scores[size++] = score;
            }

            Eligible build(Map<Exclusion, Integer> excluded) {
                return new Eligible(Arrays.copyOf(positions, size), Arrays.copyOf(scores, size), excluded);
            }
        }
    }

    private static Map<Exclusion, Integer> counts(int[] excluded) {
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        for (Exclusion reason : Exclusion.values()) {
            counts.put(reason, excluded[reason.ordinal()]);
        }
        return counts;
    }

    /** The hot loop: hard filters in {@link Exclusion} order, then the score. Returns how many were eligible. */
    private int scan(Query q, Sink sink, int[] excluded) {
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

    private Exclusion firstFailure(int i, double km, Query q) {
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

    private boolean holdsTrainings(int i, Query q) {
        if (q.unknownTraining || (trainingHeld[i] & q.trainingBits) != q.trainingBits) {
            return false;
        }
        int base = i * trainings.size();
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

    private int level(int i, int talent) {
        if (talent < 0) {
            return 0;
        }
        int level = 0;
        for (int l = 0; l < LEVELS; l++) {
            level += (int) ((talentAtLeast[i * LEVELS + l] >>> talent) & 1L);
        }
        return level;
    }

    private double skills(int i, Query q) {
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

    private double score(int i, Query q, boolean sameKern, double km, boolean helpedBefore) {
        return weights.score(skills(i, q), Scorer.availability(slots[i], q.slots),
                Scorer.distance(sameKern, km, maxTravelKm[i]), Scorer.load(activeMatches[i], capacity[i]),
                Scorer.continuity(helpedBefore));
    }

    private Candidate explain(int i, Query q) {
        boolean sameKern = kern[i] == q.kern;
        double km = q.kmTo[kern[i]];
        boolean helpedBefore = Arrays.binarySearch(q.helpers, i) >= 0;
        List<String> skillReasons = new ArrayList<>();
        for (int r = 0; r < q.talentPositions.length; r++) {
            skillReasons.add(Scorer.skillReason(q.talentCodes[r], level(i, q.talentPositions[r]), q.minLevels[r]));
        }
        List<ComponentScore> components = List.of(
                new ComponentScore(Component.SKILLS, skills(i, q), weights.skills(),
                        skillReasons.isEmpty() ? "no talent asked" : String.join("; ", skillReasons)),
                new ComponentScore(Component.AVAILABILITY, Scorer.availability(slots[i], q.slots),
                        weights.availability(), Scorer.availabilityReason(slots[i], q.slots)),
                new ComponentScore(Component.DISTANCE, Scorer.distance(sameKern, km, maxTravelKm[i]),
                        weights.distance(), Scorer.distanceReason(sameKern, km)),
                new ComponentScore(Component.LOAD, Scorer.load(activeMatches[i], capacity[i]), weights.load(),
                        Scorer.loadReason(activeMatches[i], capacity[i])),
                new ComponentScore(Component.CONTINUITY, Scorer.continuity(helpedBefore), weights.continuity(),
                        Scorer.continuityReason(helpedBefore)));
        return new Candidate(ids[i], score(i, q, sameKern, km, helpedBefore), components);
    }

    private static int[] epochDays(List<DateRange> ranges) {
        if (ranges.isEmpty()) {
            return NO_ABSENCES;
        }
        int[] days = new int[ranges.size() * 2];
        for (int r = 0; r < ranges.size(); r++) {
            days[2 * r] = (int) ranges.get(r).startsOn().toEpochDay();
            days[2 * r + 1] = (int) ranges.get(r).endsOn().toEpochDay();
        }
        return days;
    }

    /** A request translated once into the index's terms. */
    private final class Query {

        final int kern;
        final double[] kmTo;
        final int slots;
        final int screeningDay;
        final int oneOffDay;
        final boolean needsVog;
        final boolean needsTrainings;
        final boolean unknownTraining;
        final long trainingBits;
        final int[] trainingPositions;
        final boolean needsLanguage;
        final long languageBits;
        /** required talents sorted by code, so sums are added in one fixed order */
        final String[] talentCodes;
        final int[] talentPositions;
        final int[] minLevels;
        final int[] helpers;

        Query(HelpRequest request, LocalDate today) {
            if (!kernen.knows(request.kern())) {
                throw new IllegalArgumentException("request " + request.id() + " is in unknown kern "
                        + request.kern());
            }
            kern = kernen.position(request.kern());
            kmTo = new double[kernen.size()];
            for (int k = 0; k < kmTo.length; k++) {
                kmTo[k] = kernen.km(kern, k);
            }
            slots = request.slots();
            screeningDay = (int) request.screeningDay(today).toEpochDay();
            oneOffDay = request.isOneOff() ? (int) request.date().toEpochDay() : NO_DATE;
            needsVog = request.needsVog();
            needsTrainings = !request.requiredTrainings().isEmpty();
            unknownTraining = request.requiredTrainings().stream().anyMatch(c -> trainings.position(c).isEmpty());
            trainingBits = trainings.bits(request.requiredTrainings());
            trainingPositions = request.requiredTrainings().stream()
                    .map(trainings::position)
                    .filter(p -> p.isPresent())
                    .mapToInt(p -> p.getAsInt())
                    .sorted()
                    .toArray();
            needsLanguage = !request.languages().isEmpty();
            languageBits = languages.bits(request.languages());
            talentCodes = request.requiredTalents().keySet().stream().sorted().toArray(String[]::new);
            talentPositions = new int[talentCodes.length];
            minLevels = new int[talentCodes.length];
            for (int r = 0; r < talentCodes.length; r++) {
                talentPositions[r] = talents.position(talentCodes[r]).orElse(-1);
                minLevels[r] = request.requiredTalents().get(talentCodes[r]);
            }
            helpers = VolunteerIndex.this.helpers.getOrDefault(request.requesterKey(), NOBODY);
        }
    }
}
