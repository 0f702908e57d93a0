package nl.talentenbureau.notification.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A volunteer's quiet hours ({@code from} 21:00 {@code until} 08:00, in Europe/Amsterdam time): a message that falls
 * inside waits until they end. A period may cross midnight; {@code from == until} means no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    /** When a message due at {@code at} may go: empty when it may go now, else the end of the quiet period. */
    public Optional<Instant> postpone(Instant at, ZoneId zone) {
        if (from.equals(until)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        if (from.isBefore(until)) {
            // e.g. 13:00-15:00, within one day
            if (!time.isBefore(from) && time.isBefore(until)) {
                return Optional.of(day.atTime(until).atZone(zone).toInstant());
            }
            return Optional.empty();
        }
        // crosses midnight, e.g. 21:00-08:00
        if (!time.isBefore(from)) {
            return Optional.of(day.plusDays(1).atTime(until).atZone(zone).toInstant());
        }
        if (time.isBefore(until)) {
            return Optional.of(day.atTime(until).atZone(zone).toInstant());
        }
        return Optional.empty();
    }

    /** Parses "21:00"/"08:00"; null when either is missing. */
    public static QuietHours of(String from, String until) {
        if (from == null || until == null || from.isBlank() || until.isBlank()) {
            return null;
        }
        return new QuietHours(LocalTime.parse(from), LocalTime.parse(until));
    }
}
