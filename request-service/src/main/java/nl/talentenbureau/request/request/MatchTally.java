package nl.talentenbureau.request.request;

/**
 * What the matching feed says about one request's matches, counted.
 *
 * @param live ACCEPTED or ACTIVE matches: volunteers who help or are about to
 * @param active ACTIVE matches: the help has started
 * @param completed COMPLETED matches
 */
public record MatchTally(int live, int active, int completed) {
}
