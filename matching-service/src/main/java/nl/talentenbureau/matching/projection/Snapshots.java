package nl.talentenbureau.matching.projection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.DateRange;
import nl.talentenbureau.matching.profile.DayPart;
import nl.talentenbureau.matching.profile.Slots;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;
import nl.talentenbureau.matching.request.HelpRequest;

/**
 * Turns the feeds' snapshots into what the matching core reads. Plain rules, no database.
 *
 * <p>
 * A volunteer's live matches and requesters helped before come from this service's own match table (see
 * {@link CurrentIndex}). A request without a requester key in the feed uses its own id as the key, which no match
 * carries, so continuity scores 0 for everyone on it.
 */
public final class Snapshots {

    private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    private Snapshots() {
    }

    /**
     * The volunteer as the index sees them; empty when they cannot be matched at all: no consent to matching, or a
     * snapshot the core cannot read (a talent level outside 1..3, negative numbers).
     */
    public static Optional<VolunteerProfile> profile(VolunteerSnapshot s) {
        return profile(s, 0, Set.of());
    }

    /** The volunteer with their live (ACCEPTED or ACTIVE) matches and the requester keys they helped before. */
    public static Optional<VolunteerProfile> profile(VolunteerSnapshot s, int liveMatches, Set<String> helped) {
        if (!s.matchingConsent() || s.homeKern() == null) {
            return Optional.empty();
        }
        VolunteerStatus status;
        try {
            status = VolunteerStatus.valueOf(s.status());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        Map<String, LocalDate> trainings = new HashMap<>();
        for (VolunteerSnapshot.HeldTraining training : orEmpty(s.trainings())) {
            trainings.put(training.code(), training.expiresOn());
        }
        List<DateRange> absences = orEmpty(s.absences()).stream()
                .filter(a -> a.startsOn() != null && a.endsOn() != null && !a.endsOn().isBefore(a.startsOn()))
                .map(a -> new DateRange(a.startsOn(), a.endsOn()))
                .toList();
        try {
            return Optional.of(new VolunteerProfile(s.id(), status, s.homeKern(), s.maxTravelKm(),
                    s.talents() == null ? Map.of() : s.talents(), s.vogValidUntil(), trainings,
                    Set.copyOf(orEmpty(s.languages())), s.availability() & Slots.ALL, absences, liveMatches,
                    s.capacity(), helped));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The request as the core sees it. */
    public static HelpRequest request(RequestSnapshot s) {
        Map<String, Integer> talents = new HashMap<>();
        for (RequestSnapshot.Talent talent : orEmpty(s.talents())) {
            int level = talent.minLevel() == null ? 1 : Math.max(1, talent.minLevel());
            talents.merge(talent.code(), level, Math::max);
        }
        When when = when(s.schedule());
        Set<String> languages = s.languageRequired() ? new TreeSet<>(orEmpty(s.languages())) : Set.of();
        String requesterKey = s.requesterKey() == null || s.requesterKey().isBlank()
                ? s.id().toString()
                : s.requesterKey();
        return new HelpRequest(s.id(), requesterKey, s.kern(), when.date(), when.slots(), talents, s.vogRequired(),
                Set.copyOf(orEmpty(s.trainings())), languages, Math.max(1, s.volunteersNeeded()));
    }

    /**
     * The time a match for a request with this schedule holds its volunteer, read as {@link #request} reads it.
     *
     * @throws IllegalArgumentException a slot or day part this service does not know
     */
    public static Booking booking(RequestSnapshot.Schedule schedule) {
        When when = when(schedule);
        return when.date() == null ? Booking.weekly(when.slots()) : Booking.on(when.date(), when.slots());
    }

    /** ONE_OFF: the date and its day parts; otherwise the weekly slots, no date. */
    private record When(LocalDate date, int slots) {
    }

    private static When when(RequestSnapshot.Schedule schedule) {
        LocalDate date = null;
        int slots = 0;
        if (schedule != null && "ONE_OFF".equals(schedule.type()) && schedule.date() != null) {
            date = schedule.date();
            for (String part : orEmpty(schedule.dayParts())) {
                slots |= Slots.on(date, DayPart.valueOf(part));
            }
        } else if (schedule != null) {
            for (String slot : orEmpty(schedule.slots())) {
                slots |= slotBit(slot);
            }
        }
        return new When(date, slots);
    }

    /** "TUE_MORNING" as a slot bit (bit = day * 3 + part). */
    static int slotBit(String slot) {
        String[] parts = slot.split("_", 2);
        for (int day = 0; day < DAYS.length; day++) {
            if (DAYS[day].equals(parts[0])) {
                return Slots.bit(DayOfWeek.of(day + 1), DayPart.valueOf(parts[1]));
            }
        }
        throw new IllegalArgumentException("not a weekly slot: " + slot);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
