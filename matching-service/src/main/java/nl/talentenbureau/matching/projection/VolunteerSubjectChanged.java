package nl.talentenbureau.matching.projection;

import java.util.UUID;

/**
 * Fired (CDI event, synchronously, inside the feed page's transaction, which holds the volunteer's projection row)
 * when the projection applies a volunteer snapshot whose account subject differs from the one it held: a volunteer a
 * coordinator registered got an account, or lost it. The match feature observes it to tell the consumers of its feed
 * the subject of the volunteer's open and live matches, which it carried on their earlier events as it was then.
 */
public record VolunteerSubjectChanged(UUID volunteerId) {
}
