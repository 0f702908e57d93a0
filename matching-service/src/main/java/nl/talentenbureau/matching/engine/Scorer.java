package nl.talentenbureau.matching.engine;

import java.util.Locale;

/**
 * The rule behind each score component, on plain numbers so the index's hot loop and the explanations use the
 * same arithmetic. Every value is in [0, 1].
 */
public final class Scorer {

    /** A talent held below the minimum counts for at most half: some help beats none, but not as much as a match. */
    static final double BELOW_MINIMUM_SHARE = 0.5;

    private Scorer() {
    }

    /** Full when held at or above the minimum level, {@code level / minLevel * 0.5} below it, 0 when not held. */
    public static double skill(int level, int minLevel) {
        if (level >= minLevel) {
            return 1.0;
        }
        return (double) level / minLevel * BELOW_MINIMUM_SHARE;
    }

    public static String skillReason(String talent, int level, int minLevel) {
        if (level == 0) {
            return "talent " + talent + " not held, needs " + minLevel;
        }
        return "talent " + talent + " at level " + level + ", needs " + minLevel;
    }

    /** The share of the wanted slots the volunteer covers; a request that names no slot is covered by anyone. */
    public static double availability(int volunteerSlots, int wantedSlots) {
        int wanted = Integer.bitCount(wantedSlots);
        if (wanted == 0) {
            return 1.0;
        }
        return (double) Integer.bitCount(volunteerSlots & wantedSlots) / wanted;
    }

    public static String availabilityReason(int volunteerSlots, int wantedSlots) {
        int wanted = Integer.bitCount(wantedSlots);
        if (wanted == 0) {
            return "no slots asked";
        }
        return Integer.bitCount(volunteerSlots & wantedSlots) + " of " + wanted + " slots";
    }

    /** 1.0 in the same kern, falling linearly to 0 at the volunteer's maximum travel distance. */
    public static double distance(boolean sameKern, double km, int maxTravelKm) {
        if (sameKern) {
            return 1.0;
        }
        if (maxTravelKm <= 0) {
            return 0.0;
        }
        return Math.max(0.0, 1.0 - km / maxTravelKm);
    }

    public static String distanceReason(boolean sameKern, double km) {
        return sameKern ? "same kern" : String.format(Locale.ROOT, "%.1f km", km);
    }

    /** Prefers volunteers with room to spare: 1 - active / capacity. */
    public static double load(int activeMatches, int capacity) {
        if (capacity <= 0) {
            return 0.0;
        }
        return Math.max(0.0, 1.0 - (double) activeMatches / capacity);
    }

    public static String loadReason(int activeMatches, int capacity) {
        return activeMatches + " of " + capacity + " places taken";
    }

    /**
     * The load with the weekly slots their matches already hold: the share of places free ({@link #load(int, int)})
     * times the share of their weekly slots still free, so a volunteer whose week is filling up ranks below one with
     * the same places taken and an open week. The slots counted are the volunteer's available ones and any a match
     * holds outside them; with none of either, or none taken, only the places count. A one-off match takes a place
     * but no weekly slot.
     *
     * @param takenSlots the weekly day parts their open and live matches of recurring requests hold
     * @param volunteerSlots the weekly day parts they are available in
     */
    public static double load(int activeMatches, int capacity, int takenSlots, int volunteerSlots) {
        double places = load(activeMatches, capacity);
        int taken = Integer.bitCount(takenSlots);
        if (taken == 0) {
            return places;
        }
        int week = Integer.bitCount(takenSlots | volunteerSlots);
        return places * (1.0 - (double) taken / week);
    }

    /** "1 of 2 places taken", and when a match holds weekly slots ", 2 of 6 weekly slots taken". */
    public static String loadReason(int activeMatches, int capacity, int takenSlots, int volunteerSlots) {
        int taken = Integer.bitCount(takenSlots);
        if (taken == 0) {
            return loadReason(activeMatches, capacity);
        }
        return loadReason(activeMatches, capacity) + ", " + taken + " of "
                + Integer.bitCount(takenSlots | volunteerSlots) + " weekly slots taken";
    }

    public static double continuity(boolean helpedBefore) {
        return helpedBefore ? 1.0 : 0.0;
    }

    public static String continuityReason(boolean helpedBefore) {
        return helpedBefore ? "helped this requester before" : "new to this requester";
    }
}
