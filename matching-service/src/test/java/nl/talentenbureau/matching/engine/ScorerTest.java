package nl.talentenbureau.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.DayPart;
import nl.talentenbureau.matching.profile.Slots;

class ScorerTest {

    private static final int MON_MORNING = Slots.bit(DayOfWeek.MONDAY, DayPart.MORNING);
    private static final int MON_EVENING = Slots.bit(DayOfWeek.MONDAY, DayPart.EVENING);
    private static final int WED_AFTERNOON = Slots.bit(DayOfWeek.WEDNESDAY, DayPart.AFTERNOON);

    @Test
    void talentAtTheMinimumLevelCountsFully() {
        assertThat(Scorer.skill(2, 2)).isEqualTo(1.0);
    }

    @Test
    void talentAboveTheMinimumLevelCountsFullyButNoMore() {
        assertThat(Scorer.skill(3, 1)).isEqualTo(1.0);
    }

    @Test
    void talentBelowTheMinimumCountsHalfItsShareOfTheMinimum() {
        assertThat(Scorer.skill(1, 2)).isEqualTo(0.25);
        assertThat(Scorer.skill(2, 3)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Scorer.skill(1, 3)).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void talentNotHeldCountsNothing() {
        assertThat(Scorer.skill(0, 1)).isZero();
        assertThat(Scorer.skillReason("driving", 0, 2)).isEqualTo("talent driving not held, needs 2");
    }

    @Test
    void skillReasonNamesTheTalentTheLevelAndTheMinimum() {
        assertThat(Scorer.skillReason("digital-help", 2, 1)).isEqualTo("talent digital-help at level 2, needs 1");
    }

    @Test
    void availabilityIsTheShareOfWantedSlotsCovered() {
        int wanted = MON_MORNING | MON_EVENING | WED_AFTERNOON;
        int offered = MON_MORNING | WED_AFTERNOON | Slots.bit(DayOfWeek.SUNDAY, DayPart.EVENING);

        assertThat(Scorer.availability(offered, wanted)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Scorer.availabilityReason(offered, wanted)).isEqualTo("2 of 3 slots");
    }

    @Test
    void availabilityIsFullWhenEveryWantedSlotIsCoveredAndZeroWhenNone() {
        assertThat(Scorer.availability(Slots.ALL, MON_MORNING | MON_EVENING)).isEqualTo(1.0);
        assertThat(Scorer.availability(WED_AFTERNOON, MON_MORNING | MON_EVENING)).isZero();
    }

    @Test
    void aRequestWithoutSlotsIsCoveredByAnyone() {
        assertThat(Scorer.availability(0, 0)).isEqualTo(1.0);
        assertThat(Scorer.availabilityReason(0, 0)).isEqualTo("no slots asked");
    }

    @Test
    void sameKernIsFullDistanceScoreWhateverTheTravelLimit() {
        assertThat(Scorer.distance(true, 0, 0)).isEqualTo(1.0);
        assertThat(Scorer.distance(true, 0, 15)).isEqualTo(1.0);
        assertThat(Scorer.distanceReason(true, 0)).isEqualTo("same kern");
    }

    @Test
    void distanceScoreFallsLinearlyToZeroAtTheMaximumTravelDistance() {
        assertThat(Scorer.distance(false, 2.5, 10)).isEqualTo(0.75);
        assertThat(Scorer.distance(false, 5, 10)).isEqualTo(0.5);
        assertThat(Scorer.distance(false, 10, 10)).isZero();
        assertThat(Scorer.distance(false, 12, 10)).isZero();
    }

    @Test
    void distanceReasonIsKilometresWithOneDecimal() {
        assertThat(Scorer.distanceReason(false, 4.2371)).isEqualTo("4.2 km");
    }

    @Test
    void loadPrefersVolunteersWithRoomToSpare() {
        assertThat(Scorer.load(0, 3)).isEqualTo(1.0);
        assertThat(Scorer.load(1, 4)).isEqualTo(0.75);
        assertThat(Scorer.load(2, 2)).isZero();
        assertThat(Scorer.loadReason(1, 4)).isEqualTo("1 of 4 places taken");
    }

    @Test
    void continuityIsFullOnlyForAVolunteerWhoHelpedThisRequesterBefore() {
        assertThat(Scorer.continuity(true)).isEqualTo(1.0);
        assertThat(Scorer.continuity(false)).isZero();
        assertThat(Scorer.continuityReason(true)).isEqualTo("helped this requester before");
    }

    @Test
    void weeklySlotsTakenLowerTheLoadTooAndAreNamedInTheReason() {
        int week = MON_MORNING | MON_EVENING | WED_AFTERNOON | Slots.bit(DayOfWeek.FRIDAY, DayPart.MORNING);
        // 1 of 2 places free (0.5) x 3 of 4 weekly slots free (0.75)
        assertThat(Scorer.load(1, 2, MON_MORNING, week)).isEqualTo(0.375);
        assertThat(Scorer.loadReason(1, 2, MON_MORNING, week)).isEqualTo("1 of 2 places taken, 1 of 4 weekly slots "
                + "taken");
        // a slot taken outside their availability counts in the week too: 2 of 5 taken
        assertThat(Scorer.load(0, 2, MON_MORNING | Slots.bit(DayOfWeek.SUNDAY, DayPart.EVENING), week))
                .isCloseTo(0.6, within(1e-12));
        // no weekly slot taken (say one-off matches only): the places alone, as before
        assertThat(Scorer.load(1, 2, 0, week)).isEqualTo(0.5);
        assertThat(Scorer.loadReason(1, 2, 0, week)).isEqualTo("1 of 2 places taken");
        // every slot of their week taken
        assertThat(Scorer.load(1, 3, week, week)).isZero();
        assertThat(Scorer.load(1, 3, MON_MORNING, 0)).isZero();
    }
}
