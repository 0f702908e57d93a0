package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.engine.Columns.LEVELS;
import static nl.talentenbureau.matching.engine.Columns.NEVER_EXPIRES;
import static nl.talentenbureau.matching.engine.Columns.NO_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.profile.DateRange;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;

/**
 * Lays volunteer profiles out as the index's parallel primitive arrays ({@link Columns}, {@link LiveMatches}), in
 * kern order then id order. Used once per build; the arrays it fills are handed over, not copied.
 */
final class IndexBuilder {

    private static final int[] NO_ABSENCES = new int[0];

    final KernDistances kernen;
    final Codes talents;
    final Codes trainings;
    final Codes languages;
    final int size;
    final UUID[] ids;
    final int[] idRank;
    final int[] byId;
    final int[] kernStart;
    final int[] kernMaxTravelKm;
    final int[] kern;
    final boolean[] active;
    final int[] maxTravelKm;
    final long[] talentAtLeast;
    final int[] vogUntil;
    final long[] trainingHeld;
    final int[] trainingUntil;
    final long[] languageBits;
    final int[] slots;
    final int[] capacity;
    final int[][] absences;
    final int[] activeMatches;
    final String[][] helped;
    final Map<String, int[]> helpers = new HashMap<>();

    /**
     * Builds the index. Volunteers' talent and training codes that the catalogues do not know are ignored (they
     * can match nothing); languages are numbered from what the volunteers speak.
     */
    static VolunteerIndex build(Collection<VolunteerProfile> profiles, KernDistances kernen, Codes talents,
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
        IndexBuilder b = new IndexBuilder(sorted, kernen, talents, trainings, Codes.of(List.copyOf(spoken)));
        return new VolunteerIndex(new Columns(b), new LiveMatches(b.activeMatches, b.helpers, b.helped), weights);
    }

    private IndexBuilder(List<VolunteerProfile> sorted, KernDistances kernen, Codes talents, Codes trainings,
            Codes languages) {
        this.kernen = kernen;
        this.talents = talents;
        this.trainings = trainings;
        this.languages = languages;
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
        Map<String, List<Integer>> helpedBy = new HashMap<>();

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
            helped[i] = p.helpedRequesters().toArray(String[]::new);
            for (String requester : p.helpedRequesters()) {
                helpedBy.computeIfAbsent(requester, key -> new ArrayList<>()).add(i);
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
        helpedBy.forEach((requester, positions) -> helpers.put(requester,
                positions.stream().mapToInt(Integer::intValue).toArray()));
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
}
