package nl.talentenbureau.matching.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.match.MatchSteps.Step;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/** The whole transition table: every status against every step, written out from DESIGN.md. */
class MatchStepsTest {

    private static final Map<MatchStatus, Map<Step, MatchStatus>> ALLOWED = new EnumMap<>(MatchStatus.class);

    static {
        for (MatchStatus status : MatchStatus.values()) {
            ALLOWED.put(status, new EnumMap<>(Step.class));
        }
        ALLOWED.get(MatchStatus.PROPOSED).put(Step.ACCEPT, MatchStatus.ACCEPTED);
        ALLOWED.get(MatchStatus.PROPOSED).put(Step.DECLINE, MatchStatus.DECLINED);
        ALLOWED.get(MatchStatus.PROPOSED).put(Step.EXPIRE, MatchStatus.EXPIRED);
        ALLOWED.get(MatchStatus.ACCEPTED).put(Step.ACTIVATE, MatchStatus.ACTIVE);
        ALLOWED.get(MatchStatus.ACTIVE).put(Step.COMPLETE, MatchStatus.COMPLETED);
        ALLOWED.get(MatchStatus.ACTIVE).put(Step.END, MatchStatus.ENDED);
        ALLOWED.get(MatchStatus.PROPOSED).put(Step.WITHDRAW, MatchStatus.WITHDRAWN);
        ALLOWED.get(MatchStatus.ACCEPTED).put(Step.END_WITH_REQUEST, MatchStatus.ENDED);
        ALLOWED.get(MatchStatus.ACTIVE).put(Step.END_WITH_REQUEST, MatchStatus.ENDED);
        ALLOWED.get(MatchStatus.ACCEPTED).put(Step.END_WITH_VOLUNTEER, MatchStatus.ENDED);
        ALLOWED.get(MatchStatus.ACTIVE).put(Step.END_WITH_VOLUNTEER, MatchStatus.ENDED);
    }

    @Test
    void everyStatusAgainstEveryStep() {
        int legal = 0;
        for (MatchStatus from : MatchStatus.values()) {
            for (Step step : Step.values()) {
                MatchStatus expected = ALLOWED.get(from).get(step);
                if (expected != null) {
                    assertTrue(MatchSteps.allowed(from, step), from + " " + step);
                    assertEquals(expected, MatchSteps.next(from, step), from + " " + step);
                    legal++;
                } else {
                    assertFalse(MatchSteps.allowed(from, step), from + " " + step);
                    ProblemException refused = assertThrows(ProblemException.class, () -> MatchSteps.next(from, step),
                            from + " " + step);
                    assertEquals(ProblemKind.ILLEGAL_TRANSITION, refused.kind());
                }
            }
        }
        assertEquals(11, legal);
    }

    @Test
    void finalStatusesHaveNoWayOut() {
        for (MatchStatus end : new MatchStatus[]{MatchStatus.DECLINED, MatchStatus.EXPIRED, MatchStatus.WITHDRAWN,
                MatchStatus.COMPLETED, MatchStatus.ENDED}) {
            for (Step step : Step.values()) {
                assertFalse(MatchSteps.allowed(end, step), end + " " + step);
            }
        }
    }

    @Test
    void aRequestThatEndsWithdrawsOpenOffersAndEndsLiveMatchesOnly() {
        for (MatchStatus status : MatchStatus.values()) {
            Optional<Step> step = MatchSteps.whenRequestEnds(status);
            switch (status) {
                case PROPOSED -> assertEquals(Optional.of(Step.WITHDRAW), step);
                case ACCEPTED, ACTIVE -> assertEquals(Optional.of(Step.END_WITH_REQUEST), step);
                default -> assertEquals(Optional.empty(), step, status.name());
            }
            step.ifPresent(s -> assertTrue(MatchSteps.allowed(status, s), status + " " + s));
        }
        assertEquals("MatchWithdrawn", Step.WITHDRAW.event());
        assertEquals("MatchEnded", Step.END_WITH_REQUEST.event());
    }

    @Test
    void aVolunteerWhoLeavesHasOpenOffersWithdrawnAndLiveMatchesEndedOnly() {
        for (MatchStatus status : MatchStatus.values()) {
            Optional<Step> step = MatchSteps.whenVolunteerLeaves(status);
            switch (status) {
                case PROPOSED -> assertEquals(Optional.of(Step.WITHDRAW), step);
                case ACCEPTED, ACTIVE -> assertEquals(Optional.of(Step.END_WITH_VOLUNTEER), step);
                default -> assertEquals(Optional.empty(), step, status.name());
            }
            step.ifPresent(s -> assertTrue(MatchSteps.allowed(status, s), status + " " + s));
        }
        assertEquals("MatchEnded", Step.END_WITH_VOLUNTEER.event());
    }

    @Test
    void onlyAcceptedAndActiveAreLive() {
        for (MatchStatus status : MatchStatus.values()) {
            assertEquals(status == MatchStatus.ACCEPTED || status == MatchStatus.ACTIVE, status.live(),
                    status.name());
        }
    }
}
