package nl.talentenbureau.matching.projection;

import java.util.UUID;

/**
 * Fired (CDI event, synchronously, inside the feed page's transaction) whenever the projection applies a request
 * snapshot that says the requester's data was erased ({@code erasedAt}), also when it was applied before: observers
 * must be idempotent. The match feature observes it to forget what its matches hold of that request's requester.
 */
public record RequestErased(UUID requestId) {
}
