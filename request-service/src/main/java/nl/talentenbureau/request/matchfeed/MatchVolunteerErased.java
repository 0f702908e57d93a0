package nl.talentenbureau.request.matchfeed;

import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the feed page's transaction) when matching-service says the volunteer of one of its
 * matches was erased: whatever this service keeps of her under that match goes in the same transaction.
 */
public record MatchVolunteerErased(UUID matchId) {
}
