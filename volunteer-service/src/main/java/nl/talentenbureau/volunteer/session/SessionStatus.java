package nl.talentenbureau.volunteer.session;

import java.time.LocalDate;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * A session is SCHEDULED until its organisation cancels it (CANCELLED) or records who attended (HELD); both are
 * final. The rules below say what each state allows on which day.
 */
public enum SessionStatus {

    SCHEDULED,
    CANCELLED,
    HELD;

    /** Enrolling (and cancelling an enrolment) is for a scheduled session that has not yet passed. */
    public void requireOpenForEnrolment(LocalDate heldOn, LocalDate today) {
        requireScheduled();
        if (heldOn.isBefore(today)) {
            throw ProblemException.conflict("the session was on " + heldOn + ": its enrolments are closed");
        }
    }

    /** Changing or cancelling is for a scheduled session only. */
    public void requireScheduled() {
        if (this != SCHEDULED) {
            throw ProblemException.conflict("the session is " + this + ": it can no longer change");
        }
    }

    /** Attendance is recorded once, on or after the session's day. */
    public void requireAttendanceRecordable(LocalDate heldOn, LocalDate today) {
        if (this == HELD) {
            throw ProblemException.conflict("attendance was recorded already");
        }
        requireScheduled();
        if (heldOn.isAfter(today)) {
            throw ProblemException.conflict("the session is on " + heldOn + ": record attendance after it");
        }
    }
}
