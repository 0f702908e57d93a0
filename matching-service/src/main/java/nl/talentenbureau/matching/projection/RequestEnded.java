package nl.talentenbureau.matching.projection;

import java.util.UUID;

/**
 * Fired (CDI event, synchronously, inside the feed page's transaction) whenever the projection applies a request
 * snapshot whose status is CANCELLED or EXPIRED, also when that snapshot was applied before: observers must be
 * idempotent. The match feature observes it to withdraw the request's open offers and end its live matches, so
 * the projection never calls up into a feature.
 *
 * @param status {@code CANCELLED} or {@code EXPIRED}
 */
public record RequestEnded(UUID requestId, String status) {

    public static final String CANCELLED = "CANCELLED";
    public static final String EXPIRED = "EXPIRED";

    /** Whether a request in this status ends its offers and matches (COMPLETED does not: its matches run out). */
    public static boolean endsMatches(String status) {
        return CANCELLED.equals(status) || EXPIRED.equals(status);
    }
}
