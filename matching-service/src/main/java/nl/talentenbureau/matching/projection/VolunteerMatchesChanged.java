package nl.talentenbureau.matching.projection;

import java.util.UUID;

/**
 * Fired (CDI event) in a transaction that changed a match of this volunteer; once it commits, {@link CurrentIndex}
 * reads their live matches and helped requesters again.
 */
public record VolunteerMatchesChanged(UUID volunteerId) {
}
