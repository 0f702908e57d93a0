package nl.talentenbureau.matching.request;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.Slots;

/**
 * An open help request as matching sees it (from the request feed), without the requester's personal data.
 *
 * @param requesterKey pseudonymous key of the requester, for continuity
 * @param date the day of a one-off request; {@code null} for a recurring weekly request
 * @param slots the weekly day parts wanted (bit = day * 3 + part); for a one-off request only that date's weekday
 * @param requiredTalents talent code to minimum level
 * @param languages the volunteer must speak at least one of these; empty means any
 * @param volunteersNeeded how many volunteers the request asks for, usually 1
 */
public record HelpRequest(
        UUID id,
        String requesterKey,
        String kern,
        LocalDate date,
        int slots,
        Map<String, Integer> requiredTalents,
        boolean needsVog,
        Set<String> requiredTrainings,
        Set<String> languages,
        int volunteersNeeded) {

    public HelpRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requesterKey, "requesterKey");
        Objects.requireNonNull(kern, "kern");
        if ((slots & ~Slots.ALL) != 0) {
            throw new IllegalArgumentException("only the low 21 bits name a slot: " + slots);
        }
        if (date != null && (slots & ~Slots.day(date.getDayOfWeek())) != 0) {
            throw new IllegalArgumentException("a one-off request on " + date + " can only ask for slots on a "
                    + date.getDayOfWeek());
        }
        if (volunteersNeeded < 1) {
            throw new IllegalArgumentException("a request needs at least one volunteer, not " + volunteersNeeded);
        }
        requiredTalents.values().forEach(level -> {
            if (level < 1) {
                throw new IllegalArgumentException("a minimum level is at least 1, not " + level);
            }
        });
        requiredTalents = Map.copyOf(requiredTalents);
        requiredTrainings = Set.copyOf(requiredTrainings);
        languages = Set.copyOf(languages);
    }

    public boolean isOneOff() {
        return date != null;
    }

    /** The time a match for this request holds its volunteer. */
    public Booking booking() {
        return date == null ? Booking.weekly(slots) : Booking.on(date, slots);
    }

    /** The day screening must still be valid on: the date of a one-off request, else {@code today}. */
    public LocalDate screeningDay(LocalDate today) {
        return date != null ? date : today;
    }
}
