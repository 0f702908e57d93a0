package nl.talentenbureau.volunteer.session;

/** Who made an enrolment: the volunteer themselves or a coordinator of the session's organisation. */
public enum EnrolledBy {
    SELF,
    COORDINATOR
}
