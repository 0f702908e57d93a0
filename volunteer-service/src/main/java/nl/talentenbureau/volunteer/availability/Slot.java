package nl.talentenbureau.volunteer.availability;

import java.time.DayOfWeek;

/**
 * One of the 21 weekly day parts. The ordinal is the bit in {@link WeeklySlots}: day (Monday = 0) * 3 + part.
 */
public enum Slot {

    MON_MORNING,
    MON_AFTERNOON,
    MON_EVENING,
    TUE_MORNING,
    TUE_AFTERNOON,
    TUE_EVENING,
    WED_MORNING,
    WED_AFTERNOON,
    WED_EVENING,
    THU_MORNING,
    THU_AFTERNOON,
    THU_EVENING,
    FRI_MORNING,
    FRI_AFTERNOON,
    FRI_EVENING,
    SAT_MORNING,
    SAT_AFTERNOON,
    SAT_EVENING,
    SUN_MORNING,
    SUN_AFTERNOON,
    SUN_EVENING;

    public enum DayPart {
        MORNING,
        AFTERNOON,
        EVENING
    }

    public static Slot of(DayOfWeek day, DayPart part) {
        return values()[(day.getValue() - 1) * 3 + part.ordinal()];
    }

    public DayOfWeek day() {
        return DayOfWeek.of(ordinal() / 3 + 1);
    }

    public DayPart part() {
        return DayPart.values()[ordinal() % 3];
    }

    int bit() {
        return 1 << ordinal();
    }
}
