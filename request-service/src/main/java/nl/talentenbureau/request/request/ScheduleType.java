package nl.talentenbureau.request.request;

/** ONE_OFF: one date with day parts. RECURRING: weekly slots from a start date, optionally until an end date. */
public enum ScheduleType {
    ONE_OFF,
    RECURRING
}
