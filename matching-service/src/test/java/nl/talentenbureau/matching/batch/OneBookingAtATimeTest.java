package nl.talentenbureau.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.DayPart;
import nl.talentenbureau.matching.profile.Slots;

/** A batch never proposes one volunteer for two of its requests at the same time. */
class OneBookingAtATimeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final UUID A = new UUID(1, 1);
    private static final UUID B = new UUID(1, 2);
    private static final UUID X = new UUID(2, 1);
    private static final UUID Y = new UUID(2, 2);
    private static final Booking TUESDAY_MORNINGS = Booking.weekly(Slots.bit(DayOfWeek.TUESDAY, DayPart.MORNING));
    private static final Booking THURSDAY_MORNINGS = Booking.weekly(Slots.bit(DayOfWeek.THURSDAY, DayPart.MORNING));

    private final AssignmentSolver exact = new ExactAssignment();

    /** X (room for two) is the best for both A and B; Y (one place) fits B less well. */
    private static BatchProblem problem(Booking a, Booking b, boolean withY) {
        BatchProblem.Builder builder = new BatchProblem.Builder();
        int ra = builder.request(A, 1, a, Map.of());
        int rb = builder.request(B, 1, b, Map.of());
        int x = builder.volunteer(X, 2, 0);
        builder.pair(ra, x, 0.9).pair(rb, x, 0.8);
        if (withY) {
            builder.pair(rb, builder.volunteer(Y, 1, 1), 0.5);
        }
        return builder.build();
    }

    @Test
    void theBetterPairStaysAndTheOtherRequestGetsItsNextBestFreeVolunteer() {
        BatchProblem problem = problem(TUESDAY_MORNINGS, TUESDAY_MORNINGS, true);
        Proposals solved = exact.solve(problem);
        assertThat(solved.assignments()).as("the flow alone books X twice on Tuesday mornings")
                .containsExactlyInAnyOrder(new Assignment(A, X, 0.9), new Assignment(B, X, 0.8));

        Proposals proposals = OneBookingAtATime.apply(problem, solved, TODAY);
        assertThat(proposals.assignments()).containsExactlyInAnyOrder(new Assignment(A, X, 0.9),
                new Assignment(B, Y, 0.5));
        assertThat(proposals.unfilled()).isEmpty();
        assertThat(proposals.totalScore()).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void withoutAnotherFreeVolunteerTheRequestIsLeftUnfilled() {
        Proposals proposals = OneBookingAtATime.apply(problem(TUESDAY_MORNINGS, TUESDAY_MORNINGS, false),
                exact.solve(problem(TUESDAY_MORNINGS, TUESDAY_MORNINGS, false)), TODAY);
        assertThat(proposals.assignments()).containsExactly(new Assignment(A, X, 0.9));
        // X's time went to A: "capacity taken" covers a time taken by another request of the batch
        assertThat(proposals.unfilled()).containsExactly(new Unfilled(B, 1,
                Unfilled.Reason.CANDIDATES_CAPACITY_TAKEN));
    }

    @Test
    void requestsAtDifferentTimesKeepTheSolversAnswer() {
        BatchProblem problem = problem(TUESDAY_MORNINGS, THURSDAY_MORNINGS, true);
        Proposals solved = exact.solve(problem);
        assertThat(OneBookingAtATime.apply(problem, solved, TODAY)).isSameAs(solved);
        // a one-off Tuesday already past holds nothing
        BatchProblem past = problem(TUESDAY_MORNINGS, Booking.on(LocalDate.of(2026, 2, 24),
                Slots.bit(DayOfWeek.TUESDAY, DayPart.MORNING)), true);
        Proposals pastSolved = exact.solve(past);
        assertThat(OneBookingAtATime.apply(past, pastSolved, TODAY)).isSameAs(pastSolved);
    }
}
