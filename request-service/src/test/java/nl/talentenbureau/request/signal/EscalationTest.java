package nl.talentenbureau.request.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.request.request.Urgency;

class EscalationTest {

    private static final Instant RAISED = Instant.parse("2026-12-01T09:00:00Z");
    private final Escalation escalation = new Escalation(Duration.ofHours(72), Duration.ofHours(24));

    @Test
    void anUrgentSignalIsEscalatedAfterTheShorterTime() {
        assertThat(escalation.dueAt(RAISED, Urgency.HIGH)).isEqualTo(RAISED.plus(Duration.ofHours(24)));
        assertThat(escalation.dueAt(RAISED, Urgency.NORMAL)).isEqualTo(RAISED.plus(Duration.ofHours(72)));
        assertThat(escalation.dueAt(RAISED, Urgency.LOW)).isEqualTo(RAISED.plus(Duration.ofHours(72)));
    }

    @Test
    void dueExactlyAtItsTimeNotAMomentBefore() {
        Instant due = RAISED.plus(Duration.ofHours(72));
        assertThat(escalation.due(SignalStatus.RAISED, RAISED, Urgency.NORMAL, null, due.minusMillis(1))).isFalse();
        assertThat(escalation.due(SignalStatus.RAISED, RAISED, Urgency.NORMAL, null, due)).isTrue();
        assertThat(escalation.due(SignalStatus.RAISED, RAISED, Urgency.HIGH, null, RAISED.plus(Duration.ofHours(25))))
                .isTrue();
    }

    @Test
    void aPickedUpOrAlreadyEscalatedSignalIsNotEscalated() {
        Instant late = RAISED.plus(Duration.ofDays(30));
        assertThat(escalation.due(SignalStatus.PICKED_UP, RAISED, Urgency.HIGH, null, late)).isFalse();
        assertThat(escalation.due(SignalStatus.CLOSED, RAISED, Urgency.HIGH, null, late)).isFalse();
        assertThat(escalation.due(SignalStatus.RAISED, RAISED, Urgency.HIGH, late.minusSeconds(60), late)).isFalse();
    }

    @Test
    void candidatesAreTheSignalsRaisedBeforeTheShorterTime() {
        Instant now = RAISED.plus(Duration.ofDays(2));
        assertThat(escalation.candidatesRaisedBefore(now)).isEqualTo(now.minus(Duration.ofHours(24)));
        assertThat(new Escalation(Duration.ofHours(1), Duration.ofHours(5)).candidatesRaisedBefore(now))
                .isEqualTo(now.minus(Duration.ofHours(1)));
    }

    @Test
    void escalationTimesArePositive() {
        assertThatThrownBy(() -> new Escalation(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Escalation(Duration.ofHours(1), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
