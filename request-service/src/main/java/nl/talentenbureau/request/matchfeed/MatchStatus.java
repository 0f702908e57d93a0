package nl.talentenbureau.request.matchfeed;

/** A match's status as matching-service publishes it; ACCEPTED and ACTIVE are live. */
public enum MatchStatus {

    PROPOSED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    /** The offer was withdrawn because its request ended (cancelled or expired). */
    WITHDRAWN,
    ACTIVE,
    COMPLETED,
    ENDED;

    /** A volunteer is (about to be) helping: counts towards the volunteers needed and sees the contact details. */
    public boolean live() {
        return this == ACCEPTED || this == ACTIVE;
    }

    /** Over for good (declined, expired, withdrawn, completed, ended): the volunteer sees nothing of it any more. */
    public boolean closed() {
        return this != PROPOSED && !live();
    }
}
