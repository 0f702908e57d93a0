package nl.talentenbureau.volunteer.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeeklySlotsTest {

    @Test
    void mondayMorningIsBitZero() {
        assertThat(WeeklySlots.of(Slot.MON_MORNING).bits()).isEqualTo(1);
    }

    @Test
    void sundayEveningIsBitTwenty() {
        assertThat(WeeklySlots.of(Slot.SUN_EVENING).bits()).isEqualTo(1 << 20);
    }

    @Test
    void everySlotHasItsOwnBitInWeekOrder() {
        for (Slot slot : Slot.values()) {
            assertThat(WeeklySlots.of(slot).bits()).as(slot.name()).isEqualTo(1 << slot.ordinal());
        }
    }

    @Test
    void allSlotsFillExactlyTheLowTwentyOneBits() {
        WeeklySlots all = WeeklySlots.of(EnumSet.allOf(Slot.class));

        assertThat(all.bits()).isEqualTo(WeeklySlots.ALL_BITS).isEqualTo(0x1F_FFFF);
        assertThat(all.count()).isEqualTo(21);
    }

    @Test
    void noSlotsIsTheEmptySet() {
        assertThat(WeeklySlots.of().bits()).isZero();
        assertThat(WeeklySlots.of(List.of())).isEqualTo(WeeklySlots.NONE);
        assertThat(WeeklySlots.NONE.slots()).isEmpty();
        assertThat(WeeklySlots.NONE.count()).isZero();
    }

    @Test
    void slotsComeBackInWeekOrderWhateverOrderTheyWereGivenIn() {
        WeeklySlots slots = WeeklySlots.of(Slot.SUN_EVENING, Slot.WED_AFTERNOON, Slot.MON_MORNING,
                Slot.WED_MORNING);

        assertThat(slots.slots()).containsExactly(Slot.MON_MORNING, Slot.WED_MORNING, Slot.WED_AFTERNOON,
                Slot.SUN_EVENING);
    }

    @Test
    void aSlotGivenTwiceCountsOnce() {
        WeeklySlots slots = WeeklySlots.of(Slot.TUE_EVENING, Slot.TUE_EVENING);

        assertThat(slots.count()).isEqualTo(1);
        assertThat(slots.slots()).containsExactly(Slot.TUE_EVENING);
    }

    @Test
    void everyBitPatternSurvivesARoundTripThroughItsSlots() {
        List<Integer> broken = new ArrayList<>();
        for (int bits = 0; bits <= WeeklySlots.ALL_BITS; bits++) {
            WeeklySlots slots = new WeeklySlots(bits);
            List<Slot> listed = slots.slots();
            if (!WeeklySlots.of(listed).equals(slots) || listed.size() != slots.count()) {
                broken.add(bits);
            }
        }

        assertThat(broken).isEmpty();
    }

    @Test
    void everySubsetOfOneDaySurvivesARoundTripThroughItsBits() {
        List<Slot> saturday = List.of(Slot.SAT_MORNING, Slot.SAT_AFTERNOON, Slot.SAT_EVENING);
        for (int mask = 0; mask < 8; mask++) {
            List<Slot> chosen = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen.add(saturday.get(i));
                }
            }

            assertThat(new WeeklySlots(WeeklySlots.of(chosen).bits()).slots()).containsExactlyElementsOf(chosen);
        }
    }

    @Test
    void coversOnlyTheSlotsInTheSet() {
        WeeklySlots slots = WeeklySlots.of(Slot.MON_MORNING, Slot.FRI_EVENING);

        assertThat(slots.covers(Slot.MON_MORNING)).isTrue();
        assertThat(slots.covers(Slot.FRI_EVENING)).isTrue();
        assertThat(slots.covers(Slot.MON_AFTERNOON)).isFalse();
        assertThat(slots.covers(Slot.FRI_AFTERNOON)).isFalse();
        assertThat(slots.covers(Slot.SUN_EVENING)).isFalse();
    }

    @Test
    void emptySetCoversNoSlot() {
        for (Slot slot : Slot.values()) {
            assertThat(WeeklySlots.NONE.covers(slot)).as(slot.name()).isFalse();
        }
    }

    @Test
    void coversAllWhenEveryWantedSlotIsAvailable() {
        WeeklySlots available = WeeklySlots.of(Slot.MON_MORNING, Slot.MON_AFTERNOON, Slot.THU_EVENING);

        assertThat(available.coversAll(WeeklySlots.of(Slot.MON_MORNING, Slot.THU_EVENING))).isTrue();
        assertThat(available.coversAll(available)).isTrue();
    }

    @Test
    void doesNotCoverAllWhenOneWantedSlotIsMissing() {
        WeeklySlots available = WeeklySlots.of(Slot.MON_MORNING, Slot.MON_AFTERNOON);

        assertThat(available.coversAll(WeeklySlots.of(Slot.MON_MORNING, Slot.MON_EVENING))).isFalse();
    }

    @Test
    void everySetCoversAllOfNothingButNothingCoversSomething() {
        assertThat(WeeklySlots.of(Slot.WED_MORNING).coversAll(WeeklySlots.NONE)).isTrue();
        assertThat(WeeklySlots.NONE.coversAll(WeeklySlots.NONE)).isTrue();
        assertThat(WeeklySlots.NONE.coversAll(WeeklySlots.of(Slot.WED_MORNING))).isFalse();
    }

    @Test
    void overlapCountsTheWantedSlotsThatAreAvailable() {
        WeeklySlots available = WeeklySlots.of(Slot.MON_MORNING, Slot.TUE_MORNING, Slot.WED_MORNING);
        WeeklySlots wanted = WeeklySlots.of(Slot.TUE_MORNING, Slot.WED_MORNING, Slot.SAT_EVENING, Slot.SUN_EVENING);

        assertThat(available.overlap(wanted)).isEqualTo(2);
        assertThat(wanted.overlap(available)).isEqualTo(2);
    }

    @Test
    void disjointSetsDoNotOverlap() {
        assertThat(WeeklySlots.of(Slot.MON_MORNING).overlap(WeeklySlots.of(Slot.MON_EVENING))).isZero();
        assertThat(WeeklySlots.NONE.overlap(WeeklySlots.of(Slot.MON_EVENING))).isZero();
    }

    @Test
    void countIsTheNumberOfSlots() {
        assertThat(WeeklySlots.of(Slot.MON_MORNING, Slot.SAT_AFTERNOON, Slot.SUN_EVENING).count()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1 << 21, 1 << 22, 1 << 30, Integer.MIN_VALUE, -1, WeeklySlots.ALL_BITS + 1})
    void rejectsBitsAboveTheTwentyFirstSlot(int bits) {
        assertThatIllegalArgumentException().isThrownBy(() -> new WeeklySlots(bits))
                .withMessageContaining("21 bits");
    }

    @Test
    void acceptsTheHighestSlotBitAlone() {
        assertThat(new WeeklySlots(1 << 20).slots()).containsExactly(Slot.SUN_EVENING);
    }
}
