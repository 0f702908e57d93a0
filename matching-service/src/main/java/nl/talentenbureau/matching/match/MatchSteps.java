package nl.talentenbureau.matching.match;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * The match lifecycle as a table: PROPOSED -> ACCEPTED | DECLINED (by the volunteer) | EXPIRED (no answer before
 * the deadline) | WITHDRAWN (the request ended); ACCEPTED -> ACTIVE -> COMPLETED | ENDED; ACCEPTED and ACTIVE ->
 * ENDED when the request ends or the volunteer leaves (stops or is erased; an open offer is then withdrawn). Every other step is illegal (409 with a problem document).
 */
public final class MatchSteps {

    public enum Step {

        ACCEPT("accepted", "MatchAccepted"),
        DECLINE("declined", "MatchDeclined"),
        EXPIRE("expired", "MatchExpired"),
        ACTIVATE("activated", "MatchActivated"),
        COMPLETE("completed", "MatchCompleted"),
        END("ended", "MatchEnded"),
        /** An open offer of a request that was cancelled or expired: the service takes it back. */
        WITHDRAW("withdrawn", "MatchWithdrawn"),
        /** A live match of a request that was cancelled or expired; the same event as any other end. */
        END_WITH_REQUEST("ended with its request", "MatchEnded"),
        /** A live match of a volunteer who stopped or was erased; the same event as any other end. */
        END_WITH_VOLUNTEER("ended as its volunteer left", "MatchEnded");

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

    private record Transition(Set<MatchStatus> from, MatchStatus to) {
    }

    private static final Map<Step, Transition> TABLE = Map.of(
            Step.ACCEPT, new Transition(EnumSet.of(MatchStatus.PROPOSED), MatchStatus.ACCEPTED),
            Step.DECLINE, new Transition(EnumSet.of(MatchStatus.PROPOSED), MatchStatus.DECLINED),
            Step.EXPIRE, new Transition(EnumSet.of(MatchStatus.PROPOSED), MatchStatus.EXPIRED),
            Step.ACTIVATE, new Transition(EnumSet.of(MatchStatus.ACCEPTED), MatchStatus.ACTIVE),
            Step.COMPLETE, new Transition(EnumSet.of(MatchStatus.ACTIVE), MatchStatus.COMPLETED),
            Step.END, new Transition(EnumSet.of(MatchStatus.ACTIVE), MatchStatus.ENDED),
            Step.WITHDRAW, new Transition(EnumSet.of(MatchStatus.PROPOSED), MatchStatus.WITHDRAWN),
            Step.END_WITH_REQUEST, new Transition(EnumSet.of(MatchStatus.ACCEPTED, MatchStatus.ACTIVE),
                    MatchStatus.ENDED),
            Step.END_WITH_VOLUNTEER, new Transition(EnumSet.of(MatchStatus.ACCEPTED, MatchStatus.ACTIVE),
                    MatchStatus.ENDED));

    private MatchSteps() {
    }

    public static boolean allowed(MatchStatus from, Step step) {
        return TABLE.get(step).from().contains(from);
    }

    /** The status after {@code step}; 409 (illegal transition) when the step is not allowed from {@code from}. */
    public static MatchStatus next(MatchStatus from, Step step) {
        if (!allowed(from, step)) {
            throw ProblemException.illegalTransition(
                    "a " + from + " match cannot be " + step.done);
        }
        return TABLE.get(step).to();
    }

    /**
     * What becomes of a match in this status when its request is cancelled or expires: an open offer is withdrawn,
     * a live match ends; a closed one stays as it is (empty).
     */
    public static Optional<Step> whenRequestEnds(MatchStatus status) {
        return switch (status) {
            case PROPOSED -> Optional.of(Step.WITHDRAW);
            case ACCEPTED, ACTIVE -> Optional.of(Step.END_WITH_REQUEST);
            default -> Optional.empty();
        };
    }

    /**
     * What becomes of a match in this status when its volunteer stops or is erased: an open offer is withdrawn, a
     * live match ends; a closed one stays as it is (empty).
     */
    public static Optional<Step> whenVolunteerLeaves(MatchStatus status) {
        return switch (status) {
            case PROPOSED -> Optional.of(Step.WITHDRAW);
            case ACCEPTED, ACTIVE -> Optional.of(Step.END_WITH_VOLUNTEER);
            default -> Optional.empty();
        };
    }
}
