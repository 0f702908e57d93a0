package nl.talentenbureau.volunteer.privacy;

/** How a consent change reached the coalition. */
public enum ConsentChannel {

    /** The volunteer themselves, signed in. */
    SELF,
    /** On a paper form, recorded by a coordinator. */
    PAPER,
    /** By phone, recorded by a coordinator. */
    PHONE,
    /** In person, recorded by a coordinator. */
    IN_PERSON,
    /** A change from before channels were recorded. */
    UNRECORDED;

    /** Whether a coordinator may name this channel for what they record (not SELF, not UNRECORDED). */
    public boolean recordableByCoordinator() {
        return this == PAPER || this == PHONE || this == IN_PERSON;
    }
}
