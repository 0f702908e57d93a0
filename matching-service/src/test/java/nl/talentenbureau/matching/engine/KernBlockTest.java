package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;
import nl.talentenbureau.matching.support.TestCatalog;

/**
 * The scan's derived columns of a block ({@link KernBlock#flags}, the flattened dated bookings, the load) against
 * the columns they are derived from, after a build and after a match change in place.
 */
class KernBlockTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** a Wednesday: bits 6..8 */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);
    private static final int WEDNESDAY_MORNING = 1 << 6;
    private static final int WEDNESDAY_EVENING = 1 << 8;

    private final VolunteerProfile free = aVolunteer().withId(1).withLoad(0, 2).build();
    private final VolunteerProfile full = aVolunteer().withId(2).withLoad(1, 1)
            .busyWith(Booking.on(WEDNESDAY, WEDNESDAY_MORNING)).build();
    private final VolunteerProfile paused = aVolunteer().withId(3).withStatus(VolunteerStatus.PAUSED).withLoad(0, 3)
            .busyWith(Booking.weekly(1 << 2)).busyWith(Booking.on(WEDNESDAY, WEDNESDAY_EVENING))
            .busyWith(Booking.on(WEDNESDAY.plusDays(7), WEDNESDAY_MORNING))
            .absent(TODAY, TODAY.plusDays(2)).absent(TODAY.plusDays(9), TODAY.plusDays(12)).build();
    private final VolunteerProfile away = aVolunteer().withId(4).withLoad(0, 1).absent(TODAY, TODAY.plusDays(2))
            .build();

    private KernBlock block() {
        VolunteerIndex index = VolunteerIndex.build(List.of(free, full, paused, away), TestCatalog.DISTANCES,
                TestCatalog.TALENTS, TestCatalog.TRAININGS, Weights.DEFAULT);
        return index.blocks[TestCatalog.DISTANCES.position("breukelen")];
    }

    @Test
    void flagsHoldTheFiltersThatDoNotDependOnTheRequestAndTheBusyDayParts() {
        KernBlock block = block();

        assertThat(block.flags[block.row(free.id())]).isZero();
        assertThat(block.flags[block.row(full.id())])
                .isEqualTo(1 << Exclusion.AT_CAPACITY.ordinal() | WEDNESDAY_MORNING << KernBlock.BUSY_SHIFT);
        assertThat(block.flags[block.row(paused.id())]).isEqualTo(1 << Exclusion.NOT_ACTIVE.ordinal()
                | KernBlock.MANY_ABSENCES | (1 << 2 | WEDNESDAY_EVENING | WEDNESDAY_MORNING) << KernBlock.BUSY_SHIFT);
        // one absence: its first and last day decide, no flag
        assertThat(block.flags[block.row(away.id())]).isZero();
        assertDerivedColumnsMatch(block);
    }

    @Test
    void theDatedBookingsOfEveryRowLieSideBySideInOneArray() {
        KernBlock block = block();

        int paused = block.row(this.paused.id());
        assertThat(Arrays.copyOfRange(block.datePairs, block.datesFrom[paused], block.datesFrom[paused + 1]))
                .containsExactly((int) WEDNESDAY.toEpochDay(), WEDNESDAY_EVENING,
                        (int) WEDNESDAY.plusDays(7).toEpochDay(), WEDNESDAY_MORNING);
        assertThat(block.datesFrom[block.row(free.id()) + 1]).isEqualTo(block.datesFrom[block.row(free.id())]);
        assertDerivedColumnsMatch(block);
    }

    @Test
    void aMatchChangeInPlaceRewritesTheRowsFlagsLoadAndDatedBookings() {
        KernBlock block = block();
        int j = block.row(free.id());

        KernBlock changed = block.withMatches(j, 2, Set.of(), List.of(Booking.weekly(1 << 4),
                Booking.on(WEDNESDAY, WEDNESDAY_EVENING)));

        assertThat(changed.flags[j]).isEqualTo(1 << Exclusion.AT_CAPACITY.ordinal()
                | (1 << 4 | WEDNESDAY_EVENING) << KernBlock.BUSY_SHIFT);
        assertThat(changed.load[j]).isZero();
        assertThat(Arrays.copyOfRange(changed.datePairs, changed.datesFrom[j], changed.datesFrom[j + 1]))
                .containsExactly((int) WEDNESDAY.toEpochDay(), WEDNESDAY_EVENING);
        assertDerivedColumnsMatch(changed);
        // the old version is untouched
        assertThat(block.flags[j]).isZero();
        assertDerivedColumnsMatch(block);

        KernBlock freedAgain = changed.withMatches(j, 0, Set.of(), List.of());
        assertThat(freedAgain.flags[j]).isZero();
        assertThat(freedAgain.load[j]).isEqualTo(1.0);
        assertDerivedColumnsMatch(freedAgain);
    }

    /** Every row's derived columns as computed from its own columns. */
    private static void assertDerivedColumnsMatch(KernBlock block) {
        assertThat(block.datesFrom).hasSize(block.size + 1);
        assertThat(block.datesFrom[block.size]).isEqualTo(block.datePairs.length);
        for (int j = 0; j < block.size; j++) {
            assertThat(block.flags[j]).as("row %d", j).isEqualTo(KernBlock.flagsOf(block.active[j],
                    block.activeMatches[j], block.capacity[j], block.absences[j], block.busyAny[j]));
            assertThat(block.load[j]).as("row %d", j).isEqualTo(Scorer.load(block.activeMatches[j],
                    block.capacity[j], block.busyWeekly[j], block.slots[j]));
            assertThat(Arrays.copyOfRange(block.datePairs, block.datesFrom[j], block.datesFrom[j + 1]))
                    .as("row %d", j).containsExactly(block.busyDates[j]);
        }
    }
}
