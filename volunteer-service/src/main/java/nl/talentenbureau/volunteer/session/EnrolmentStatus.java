package nl.talentenbureau.volunteer.session;

/**
 * Where a volunteer stands for one session: ENROLLED (has a place) or WAITING (on the list, in order) while it is
 * to come; CANCELLED when they or a coordinator withdrew; ATTENDED or ABSENT once the coordinator recorded who came.
 */
public enum EnrolmentStatus {

    ENROLLED,
    WAITING,
    CANCELLED,
    ATTENDED,
    ABSENT;

    /** Holds a place or a spot on the waiting list. */
    public boolean active() {
        return this == ENROLLED || this == WAITING;
    }
}
