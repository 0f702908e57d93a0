package nl.talentenbureau.request.request;

public enum Urgency {
    LOW,
    NORMAL,
    HIGH
}
