package nl.talentenbureau.volunteer.core;

import java.util.UUID;

/**
 * A feature changed its part of a profile (an absence, a VOG, a consent). Fired synchronously inside the transaction
 * that made the change, as its last step: the volunteer feature bumps the profile's version (so ETags change) and
 * writes {@code eventType} with a fresh snapshot to the feed, which must be the transaction's last write.
 */
public record ProfileChanged(UUID volunteerId, String eventType) {
}
