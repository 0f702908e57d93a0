package nl.talentenbureau.volunteer.volunteer;

import static nl.talentenbureau.volunteer.volunteer.VolunteerStatus.ACTIVE;
import static nl.talentenbureau.volunteer.volunteer.VolunteerStatus.APPLIED;
import static nl.talentenbureau.volunteer.volunteer.VolunteerStatus.INTAKE;
import static nl.talentenbureau.volunteer.volunteer.VolunteerStatus.PAUSED;
import static nl.talentenbureau.volunteer.volunteer.VolunteerStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VolunteerStatusTest {

    /** The lifecycle as the coalition describes it, written out independently of {@link VolunteerStatus#next()}. */
    private static final Set<String> ALLOWED = Set.of(
            "APPLIED->INTAKE", "INTAKE->ACTIVE", "ACTIVE->PAUSED", "PAUSED->ACTIVE",
            "APPLIED->STOPPED", "INTAKE->STOPPED", "ACTIVE->STOPPED", "PAUSED->STOPPED");

    static Stream<Arguments> everyPairOfStatuses() {
        return Stream.of(VolunteerStatus.values())
                .flatMap(from -> Stream.of(VolunteerStatus.values())
                        .map(to -> Arguments.of(from, to, ALLOWED.contains(from + "->" + to))));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPairOfStatuses")
    void stepIsAllowedExactlyAsTheLifecycleSays(VolunteerStatus from, VolunteerStatus to, boolean allowed) {
        assertThat(from.canStepTo(to)).isEqualTo(allowed);
        assertThat(from.next().contains(to)).isEqualTo(allowed);
    }

    @Test
    void tableCoversAllTwentyFivePairs() {
        assertThat(everyPairOfStatuses()).hasSize(25);
        assertThat(everyPairOfStatuses().filter(args -> (boolean) args.get()[2])).hasSize(ALLOWED.size());
    }

    @Test
    void stoppedIsFinal() {
        assertThat(STOPPED.next()).isEmpty();
    }

    @Test
    void anyoneStillOnTheBooksMayStop() {
        for (VolunteerStatus from : Set.of(APPLIED, INTAKE, ACTIVE, PAUSED)) {
            assertThat(from.canStepTo(STOPPED)).as(from.name()).isTrue();
        }
    }

    @Test
    void noStatusStepsToItself() {
        for (VolunteerStatus status : VolunteerStatus.values()) {
            assertThat(status.canStepTo(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void pausedVolunteerReturnsToActiveNotToIntake() {
        assertThat(PAUSED.next()).containsExactlyInAnyOrder(ACTIVE, STOPPED);
    }

    @Test
    void changingTheReturnedSetDoesNotChangeTheLifecycle() {
        try {
            APPLIED.next().add(ACTIVE);
        } catch (UnsupportedOperationException expected) {
            // an unmodifiable set is just as good
        }

        assertThat(APPLIED.canStepTo(ACTIVE)).isFalse();
    }
}
