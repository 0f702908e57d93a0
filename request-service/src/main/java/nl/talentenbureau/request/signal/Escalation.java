package nl.talentenbureau.request.signal;

import java.time.Duration;
import java.time.Instant;

import nl.talentenbureau.request.request.Urgency;

/**
 * When a signal nobody picked up goes to the coalition's admin: {@code request.signals.escalate-after} after it was
 * raised, or {@code escalate-after-urgent} for an urgent (HIGH) one. Once only: an escalated signal stays escalated
 * (the admin's list shows what became of it). Plain Java, unit-tested in {@code EscalationTest}.
 */
public record Escalation(Duration after, Duration afterUrgent) {

    public Escalation {
        if (after.isNegative() || after.isZero() || afterUrgent.isNegative() || afterUrgent.isZero()) {
            throw new IllegalArgumentException("escalation times must be positive");
        }
    }

    /** The moment a signal raised at {@code raisedAt} with this urgency is escalated when still not picked up. */
    public Instant dueAt(Instant raisedAt, Urgency urgency) {
        return raisedAt.plus(urgency == Urgency.HIGH ? afterUrgent : after);
    }

    /** Whether it is to be escalated at {@code now}: still RAISED, not escalated yet, and its time has come. */
    public boolean due(SignalStatus status, Instant raisedAt, Urgency urgency, Instant escalatedAt, Instant now) {
        return status == SignalStatus.RAISED && escalatedAt == null && !now.isBefore(dueAt(raisedAt, urgency));
    }

    /** Signals raised before this moment may be due: the shorter of the two times. */
    public Instant candidatesRaisedBefore(Instant now) {
        return now.minus(after.compareTo(afterUrgent) < 0 ? after : afterUrgent);
    }
}
