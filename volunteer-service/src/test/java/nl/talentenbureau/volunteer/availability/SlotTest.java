package nl.talentenbureau.volunteer.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.talentenbureau.volunteer.availability.Slot.DayPart;

class SlotTest {

    static Stream<Arguments> everyDayAndPart() {
        return Stream.of(DayOfWeek.values())
                .flatMap(day -> Stream.of(DayPart.values()).map(part -> Arguments.of(day, part)));
    }

    @ParameterizedTest
    @MethodSource("everyDayAndPart")
    void slotOfDayAndPartKnowsItsDayAndPart(DayOfWeek day, DayPart part) {
        Slot slot = Slot.of(day, part);

        assertThat(slot.day()).isEqualTo(day);
        assertThat(slot.part()).isEqualTo(part);
        assertThat(slot.name()).isEqualTo(day.name().substring(0, 3) + "_" + part.name());
    }

    @ParameterizedTest
    @MethodSource("everyDayAndPart")
    void slotBitIsDayTimesThreePlusPart(DayOfWeek day, DayPart part) {
        int index = (day.getValue() - 1) * 3 + part.ordinal();

        assertThat(Slot.of(day, part).bit()).isEqualTo(1 << index);
    }

    @Test
    void everyDayAndPartIsADifferentSlot() {
        Set<Slot> seen = new HashSet<>();
        everyDayAndPart().forEach(args -> seen.add(Slot.of((DayOfWeek) args.get()[0], (DayPart) args.get()[1])));

        assertThat(seen).hasSize(21).containsExactlyInAnyOrder(Slot.values());
    }

    @Test
    void everySlotRoundTripsThroughItsDayAndPart() {
        for (Slot slot : Slot.values()) {
            assertThat(Slot.of(slot.day(), slot.part())).isSameAs(slot);
        }
    }

    @Test
    void weekStartsOnMondayMorningAndEndsOnSundayEvening() {
        assertThat(Slot.of(DayOfWeek.MONDAY, DayPart.MORNING)).isEqualTo(Slot.MON_MORNING);
        assertThat(Slot.of(DayOfWeek.SUNDAY, DayPart.EVENING)).isEqualTo(Slot.SUN_EVENING);
        assertThat(Slot.values()).hasSize(21).startsWith(Slot.MON_MORNING).endsWith(Slot.SUN_EVENING);
    }
}
