package nl.talentenbureau.matching.projection;

import java.util.UUID;

/**
 * Fired (CDI event, synchronously, inside the feed page's transaction) whenever the projection applies a volunteer
 * snapshot in status STOPPED or the volunteer's erasure, also when it was applied before: observers must be
 * idempotent. The match feature observes it to withdraw the volunteer's open offers and end their live matches. On
 * an erasure the projection row is gone (a tombstone is left) before it fires.
 */
public record VolunteerLeft(UUID volunteerId, Why why) {

    public enum Why {
        /** The volunteer stopped (status STOPPED): their history stays. */
        STOPPED,
        /** The volunteer's personal data was erased. */
        ERASED
    }

    static final String STOPPED_STATUS = "STOPPED";
}
