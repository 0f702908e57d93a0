package nl.talentenbureau.matching.batch;

import java.util.UUID;

/** One proposed pair: this volunteer for this request, with the pair's score. */
public record Assignment(UUID requestId, UUID volunteerId, double score) {
}
