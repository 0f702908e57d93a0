package nl.talentenbureau.request.request;

/** A weekly slot: day x day part, the same 21 slots volunteers give their availability in. */
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
    SUN_EVENING
}
