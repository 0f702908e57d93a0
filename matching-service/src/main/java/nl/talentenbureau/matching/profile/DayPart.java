package nl.talentenbureau.matching.profile;

/** The three parts of a day, in slot order (morning is the lowest bit of each day). */
public enum DayPart {
    MORNING,
    AFTERNOON,
    EVENING
}
