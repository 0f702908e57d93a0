package nl.talentenbureau.matching.engine;

import java.util.UUID;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.profile.VolunteerProfile;

/**
 * What the index knows of the volunteers' profiles, one column per attribute (position i is volunteer i), laid out
 * by {@link IndexBuilder} and never changed after: talents as bitsets per level, slots as one int, dates as epoch
 * days, volunteers grouped by home kern. A change of a volunteer's matches shares these columns
 * ({@link LiveMatches} holds what matches change).
 */
final class Columns {

    static final int LEVELS = VolunteerProfile.MAX_LEVEL;
    static final int NO_DATE = Integer.MIN_VALUE;
    static final int NEVER_EXPIRES = Integer.MAX_VALUE;

    final KernDistances kernen;
    final Codes talents;
    final Codes trainings;
    /** numbered from what the volunteers speak */
    final Codes languages;

    final int size;
    final UUID[] ids;
    /** rank of each volunteer's id among all ids: the tie-breaker */
    final int[] idRank;
    /** positions ordered by id: byId[rank] is the position of the volunteer of that id rank */
    final int[] byId;
    /** volunteers of kern k are at positions kernStart[k] .. kernStart[k + 1] - 1 */
    final int[] kernStart;
    /** per kern: the longest travel distance of anyone living there, -1 for nobody */
    final int[] kernMaxTravelKm;
    final int[] kern;
    final boolean[] active;
    final int[] maxTravelKm;
    /** talentAtLeast[i * LEVELS + (level - 1)]: the talents volunteer i holds at that level or higher */
    final long[] talentAtLeast;
    final int[] vogUntil;
    final long[] trainingHeld;
    /** trainingUntil[i * trainings.size() + t]: last valid epoch day of training t */
    final int[] trainingUntil;
    final long[] languageBits;
    final int[] slots;
    final int[] capacity;
    /** per volunteer: absences as epoch-day pairs (start, end), mostly empty */
    final int[][] absences;

    Columns(IndexBuilder b) {
        kernen = b.kernen;
        talents = b.talents;
        trainings = b.trainings;
        languages = b.languages;
        size = b.size;
        ids = b.ids;
        idRank = b.idRank;
        byId = b.byId;
        kernStart = b.kernStart;
        kernMaxTravelKm = b.kernMaxTravelKm;
        kern = b.kern;
        active = b.active;
        maxTravelKm = b.maxTravelKm;
        talentAtLeast = b.talentAtLeast;
        vogUntil = b.vogUntil;
        trainingHeld = b.trainingHeld;
        trainingUntil = b.trainingUntil;
        languageBits = b.languageBits;
        slots = b.slots;
        capacity = b.capacity;
        absences = b.absences;
    }

    /** The position of the volunteer with this id; -1 when not indexed. */
    int position(UUID volunteer) {
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
}
