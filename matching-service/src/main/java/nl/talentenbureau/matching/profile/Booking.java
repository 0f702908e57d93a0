package nl.talentenbureau.matching.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The time one open or live match (PROPOSED, ACCEPTED, ACTIVE) holds its volunteer, or the time a request asks for:
 * weekly day parts for a recurring request ({@code date} null), the day parts of one date for a one-off request. A
 * volunteer cannot hold two bookings that {@link #overlaps overlap}: that is the "no double booking" rule.
 * <p>
 * A recurring request's {@code startsOn} / {@code endsOn} are not read: its match holds the weekly slots until the
 * match ends, whatever the request's calendar says, so "busy then" never depends on a date range the feed may change.
 *
 * @param date the day of a one-off booking; {@code null} for a weekly one
 * @param slots day-part bits (bit = day * 3 + part); for a one-off booking only bits of its date's weekday
 */
public record Booking(LocalDate date, int slots) {

    /** Holds no time: a recurring request that names no slot. */
    public static final Booking NONE = new Booking(null, 0);

    private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    public Booking {
        if ((slots & ~Slots.ALL) != 0) {
            throw new IllegalArgumentException("only the low 21 bits name a slot: " + slots);
        }
        if (date != null) {
            int day = Slots.day(date.getDayOfWeek());
            if ((slots & ~day) != 0) {
                throw new IllegalArgumentException("a booking on " + date + " can only hold slots on a "
                        + date.getDayOfWeek());
            }
            // a one-off request without day parts asks for the whole day
            slots = slots == 0 ? day : slots;
        }
    }

    public static Booking weekly(int slots) {
        return new Booking(null, slots);
    }

    /** The day parts of one date; none named means the whole day. */
    public static Booking on(LocalDate date, int slots) {
        return new Booking(date, slots);
    }

    public boolean weekly() {
        return date == null;
    }

    /** A one-off booking whose date has passed holds nothing any more; a weekly one holds until its match ends. */
    public boolean over(LocalDate today) {
        return date != null && date.isBefore(today);
    }

    /**
     * Whether both would need the volunteer at the same time at least once from {@code today} on: two weekly ones
     * sharing a day part; a weekly one and a one-off one on that weekday's day part; two one-off ones on the same
     * date sharing a day part. Symmetric.
     */
    public boolean overlaps(Booking other, LocalDate today) {
        return shared(other, today) != 0;
    }

    /** The day-part bits both hold at the same time (0: none), as {@link #overlaps} decides. */
    public int shared(Booking other, LocalDate today) {
        if (over(today) || other.over(today)) {
            return 0;
        }
        if (date != null && other.date != null && !date.equals(other.date)) {
            return 0;
        }
        return slots & other.slots;
    }

    /** The first of {@code held} that overlaps this booking; null when none does. */
    public Booking firstOverlap(List<Booking> held, LocalDate today) {
        for (Booking booking : held) {
            if (overlaps(booking, today)) {
                return booking;
            }
        }
        return null;
    }

    /** When both need the volunteer, in words: "TUE_MORNING every week", "MORNING on 2026-12-08". */
    public String clash(Booking other, LocalDate today) {
        return describe(shared(other, today), date != null ? date : other.date);
    }

    static String describe(int slots, LocalDate date) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < 21; bit++) {
            if ((slots & (1 << bit)) != 0) {
                DayPart part = DayPart.values()[bit % 3];
                names.add(date == null ? DAYS[bit / 3] + "_" + part : part.name());
            }
        }
        return String.join(", ", names) + (date == null ? " every week" : " on " + date);
    }

}
