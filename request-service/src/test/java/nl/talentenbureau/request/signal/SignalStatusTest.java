package nl.talentenbureau.request.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SignalStatusTest {

    @Test
    void aSignalGoesOneWayOneStepAtATime() {
        List<String> allowed = new ArrayList<>();
        for (SignalStatus from : SignalStatus.values()) {
            for (SignalStatus to : SignalStatus.values()) {
                if (from.canStepTo(to)) {
                    allowed.add(from + "->" + to);
                }
            }
        }
        assertThat(allowed).containsExactly("RAISED->PICKED_UP", "PICKED_UP->FEEDBACK_GIVEN",
                "FEEDBACK_GIVEN->CLOSED");
    }

    @Test
    void aClosedSignalHasNoNextStepAndNothingStepsBackToRaised() {
        assertThat(SignalStatus.CLOSED.next()).isNull();
        assertThat(SignalStatus.CLOSED.canStepTo(null)).isFalse();
        for (SignalStatus from : SignalStatus.values()) {
            assertThat(from.canStepTo(SignalStatus.RAISED)).isFalse();
        }
    }

    @Test
    void eachStatusHasItsEvent() {
        assertThat(SignalStatus.values()).extracting(SignalStatus::eventType).containsExactly("SignalRaised",
                "SignalPickedUp", "SignalFeedbackGiven", "SignalClosed");
    }
}
