package nl.talentenbureau.volunteer.screening;

import java.time.LocalDate;

/**
 * Which completion of a training a volunteer keeps when attendance is recorded: the newest. Attendance is often
 * recorded days after the session, and the volunteer may have completed the same training again since (another
 * session, a certificate a coordinator entered): a late attendance must not put an older completion, or an earlier
 * expiry, in its place. A coordinator's own {@code PUT .../trainings/{code}} is a correction and still replaces. Plain
 * rule.
 */
public final class LatestCompletion {

    private LatestCompletion() {
    }

    /**
     * Whether a completion on {@code completedOn}, counting until {@code expiresOn} (null: it does not expire), takes
     * the place of the record held ({@code heldCompletedOn} null: none held). The held one stays when it was completed
     * later, counts longer, or is the same.
     */
    public static boolean replaces(LocalDate heldCompletedOn, LocalDate heldExpiresOn, LocalDate completedOn,
            LocalDate expiresOn) {
        if (heldCompletedOn == null) {
            return true;
        }
        if (heldCompletedOn.isAfter(completedOn) || countsLonger(heldExpiresOn, expiresOn)) {
            return false;
        }
        boolean same = heldCompletedOn.equals(completedOn)
                && (heldExpiresOn == null ? expiresOn == null : heldExpiresOn.equals(expiresOn));
        return !same;
    }

    /** Whether a record expiring on {@code a} counts longer than one expiring on {@code b} (null: never expires). */
    private static boolean countsLonger(LocalDate a, LocalDate b) {
        if (a == null) {
            return b != null;
        }
        return b != null && a.isAfter(b);
    }
}
