package nl.talentenbureau.request.signal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signal's steps: RAISED -> PICKED_UP (a coordinator of the receiving organisation takes it on) -> FEEDBACK_GIVEN
 * (a short answer to whoever raised it) -> CLOSED. One way, one step at a time: an answer without a pick-up, or a
 * pick-up after the feedback, would leave the raiser with the wrong story. Unit-tested in {@code SignalStatusTest}.
 */
@Schema(name = "SignalStatus")
public enum SignalStatus {

    RAISED,
    PICKED_UP,
    FEEDBACK_GIVEN,
    CLOSED;

    /** The only status this one may step to; null for CLOSED. */
    public SignalStatus next() {
        return switch (this) {
            case RAISED -> PICKED_UP;
            case PICKED_UP -> FEEDBACK_GIVEN;
            case FEEDBACK_GIVEN -> CLOSED;
            case CLOSED -> null;
        };
    }

    public boolean canStepTo(SignalStatus to) {
        return to != null && to == next();
    }

    /** The event of the step that reached this status. */
    public String eventType() {
        return switch (this) {
            case RAISED -> "SignalRaised";
            case PICKED_UP -> "SignalPickedUp";
            case FEEDBACK_GIVEN -> "SignalFeedbackGiven";
            case CLOSED -> "SignalClosed";
        };
    }
}
