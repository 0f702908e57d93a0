package nl.talentenbureau.request.request;

public enum DayPart {
    MORNING,
    AFTERNOON,
    EVENING
}
