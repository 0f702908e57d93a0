package nl.talentenbureau.matching.match;

import java.util.Map;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * The match lifecycle as a table: PROPOSED -> ACCEPTED | DECLINED (by the volunteer) | EXPIRED (no answer before
 * the deadline); ACCEPTED -> ACTIVE -> COMPLETED | ENDED. Every other step is illegal (409 with a problem document).
 */
public final class MatchSteps {

    public enum Step {

        ACCEPT("accepted", "MatchAccepted"),
        DECLINE("declined", "MatchDeclined"),
        EXPIRE("expired", "MatchExpired"),
        ACTIVATE("activated", "MatchActivated"),
        COMPLETE("completed", "MatchCompleted"),
        END("ended", "MatchEnded");

        private final String done;
        private final String event;

        Step(String done, String event) {
            this.done = done;
            this.event = event;
        }

        /** The type of the outbox event this step writes. */
        public String event() {
            return event;
        }
    }

    private static final Map<Step, Map.Entry<MatchStatus, MatchStatus>> TABLE = Map.of(
            Step.ACCEPT, Map.entry(MatchStatus.PROPOSED, MatchStatus.ACCEPTED),
            Step.DECLINE, Map.entry(MatchStatus.PROPOSED, MatchStatus.DECLINED),
            Step.EXPIRE, Map.entry(MatchStatus.PROPOSED, MatchStatus.EXPIRED),
            Step.ACTIVATE, Map.entry(MatchStatus.ACCEPTED, MatchStatus.ACTIVE),
            Step.COMPLETE, Map.entry(MatchStatus.ACTIVE, MatchStatus.COMPLETED),
            Step.END, Map.entry(MatchStatus.ACTIVE, MatchStatus.ENDED));

    private MatchSteps() {
    }

    public static boolean allowed(MatchStatus from, Step step) {
        return TABLE.get(step).getKey() == from;
    }

    /** The status after {@code step}; 409 (illegal transition) when the step is not allowed from {@code from}. */
    public static MatchStatus next(MatchStatus from, Step step) {
        if (!allowed(from, step)) {
            throw ProblemException.illegalTransition(
                    "a " + from + " match cannot be " + step.done);
        }
        return TABLE.get(step).getValue();
    }
}
