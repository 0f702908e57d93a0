package nl.talentenbureau.matching.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The 21 weekly day parts as bits of an int, as the volunteer feed sends them: bit = day * 3 + part. */
public final class Slots {

    public static final int ALL = (1 << 21) - 1;

    private Slots() {
    }

    public static int bit(DayOfWeek day, DayPart part) {
        return 1 << ((day.getValue() - 1) * 3 + part.ordinal());
    }

    /** The given day parts on the weekday of {@code date}: the slots of a one-off request. */
    public static int on(LocalDate date, DayPart... parts) {
        int bits = 0;
        for (DayPart part : parts) {
            bits |= bit(date.getDayOfWeek(), part);
        }
        return bits;
    }

    /** All three day parts of one weekday. */
    public static int day(DayOfWeek day) {
        return 0b111 << ((day.getValue() - 1) * 3);
    }
}
