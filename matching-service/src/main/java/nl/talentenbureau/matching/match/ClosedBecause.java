package nl.talentenbureau.matching.match;

/**
 * Why the service itself withdrew an offer or ended a match: a code on the match's event ({@link MatchEvent}), so
 * consumers can tell the cases apart without any free text.
 */
public enum ClosedBecause {

    REQUEST_CANCELLED,
    REQUEST_EXPIRED,
    VOLUNTEER_STOPPED,
    VOLUNTEER_ERASED
}
