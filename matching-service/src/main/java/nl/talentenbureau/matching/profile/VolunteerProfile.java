package nl.talentenbureau.matching.profile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What matching knows of one volunteer: the projection kept from the volunteer feed plus the service's own
 * counts (active matches, requesters helped before). No name or contact details: matching never needs them.
 *
 * @param talents talent code to level (1 basic, 2 good, 3 expert)
 * @param trainings training code to the last day it counts; {@code null} as a value means it does not expire
 * @param vogValidUntil last day the VOG counts; {@code null} when there is none
 * @param weeklySlots the 21 weekly day parts as bits, Monday morning = bit 0 (bit = day * 3 + part)
 * @param helpedRequesters pseudonymous keys of requesters this volunteer helped before
 * @param bookings the times their open and live matches (PROPOSED, ACCEPTED, ACTIVE) hold, of every organisation
 */
public record VolunteerProfile(
        UUID id,
        VolunteerStatus status,
        String homeKern,
        int maxTravelKm,
        Map<String, Integer> talents,
        LocalDate vogValidUntil,
        Map<String, LocalDate> trainings,
        Set<String> languages,
        int weeklySlots,
        List<DateRange> absences,
        int activeMatches,
        int capacity,
        Set<String> helpedRequesters,
        List<Booking> bookings) {

    public static final int MAX_LEVEL = 3;

    public VolunteerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(homeKern, "homeKern");
        if (maxTravelKm < 0 || activeMatches < 0 || capacity < 0) {
            throw new IllegalArgumentException("maxTravelKm, activeMatches and capacity cannot be negative");
        }
        if ((weeklySlots & ~Slots.ALL) != 0) {
            throw new IllegalArgumentException("only the low 21 bits name a slot: " + weeklySlots);
        }
        talents.values().forEach(level -> {
            if (level < 1 || level > MAX_LEVEL) {
                throw new IllegalArgumentException("a talent level is 1.." + MAX_LEVEL + ", not " + level);
            }
        });
        talents = Map.copyOf(talents);
        trainings = Collections.unmodifiableMap(new HashMap<>(trainings));
        languages = Set.copyOf(languages);
        absences = List.copyOf(absences);
        helpedRequesters = Set.copyOf(helpedRequesters);
        bookings = List.copyOf(bookings);
    }

    /** A volunteer without open or live matches holding any time. */
    public VolunteerProfile(UUID id, VolunteerStatus status, String homeKern, int maxTravelKm,
            Map<String, Integer> talents, LocalDate vogValidUntil, Map<String, LocalDate> trainings,
            Set<String> languages, int weeklySlots, List<DateRange> absences, int activeMatches, int capacity,
            Set<String> helpedRequesters) {
        this(id, status, homeKern, maxTravelKm, talents, vogValidUntil, trainings, languages, weeklySlots, absences,
                activeMatches, capacity, helpedRequesters, List.of());
    }

    /** The same volunteer with another count of live matches (the matches this service keeps). */
    public VolunteerProfile withActiveMatches(int live) {
        return withMatches(live, bookings);
    }

    /** The same volunteer with another count of live matches and the times their matches hold. */
    public VolunteerProfile withMatches(int live, List<Booking> held) {
        return new VolunteerProfile(id, status, homeKern, maxTravelKm, talents, vogValidUntil, trainings, languages,
                weeklySlots, absences, live, capacity, helpedRequesters, held);
    }

    /** Whether one of their matches already holds a time {@code wanted} needs (the rule of {@link Booking}). */
    public boolean isBusyFor(Booking wanted, LocalDate today) {
        return wanted.firstOverlap(bookings, today) != null;
    }

    public boolean isAbsentOn(LocalDate day) {
        for (DateRange absence : absences) {
            if (absence.contains(day)) {
                return true;
            }
        }
        return false;
    }
}
