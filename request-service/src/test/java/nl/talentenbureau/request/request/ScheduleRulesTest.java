package nl.talentenbureau.request.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.Problem;

class ScheduleRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 14);

    @Test
    void aOneOffNeedsADateAndADayPart() {
        assertThat(fields(new Schedule(ScheduleType.ONE_OFF, null, List.of(), null, null, null, null)))
                .containsExactlyInAnyOrder("schedule.date", "schedule.dayParts");
    }

    @Test
    void aCompleteOneOffPasses() {
        assertThat(ScheduleRules.check(
                new Schedule(ScheduleType.ONE_OFF, DAY, List.of(DayPart.MORNING), null, null, null, null)))
                .isEmpty();
    }

    @Test
    void aOneOffWithWeeklySlotsIsRefused() {
        assertThat(fields(new Schedule(ScheduleType.ONE_OFF, DAY, List.of(DayPart.MORNING),
                List.of(Slot.MON_MORNING), DAY, null, null))).containsExactlyInAnyOrder("schedule.slots",
                        "schedule.startsOn");
    }

    @Test
    void aRecurringScheduleNeedsSlotsAStartAndHours() {
        assertThat(fields(new Schedule(ScheduleType.RECURRING, null, null, List.of(), null, null, null)))
                .containsExactlyInAnyOrder("schedule.slots", "schedule.startsOn", "schedule.hoursPerTime");
    }

    @Test
    void aRecurringScheduleMayNotEndBeforeItStarts() {
        assertThat(fields(new Schedule(ScheduleType.RECURRING, null, null, List.of(Slot.TUE_MORNING), DAY,
                DAY.minusDays(1), 2.0))).containsExactly("schedule.endsOn");
    }

    @Test
    void aRecurringScheduleWithoutEndPasses() {
        assertThat(ScheduleRules.check(new Schedule(ScheduleType.RECURRING, null, null,
                List.of(Slot.TUE_MORNING, Slot.THU_AFTERNOON), DAY, null, 1.5))).isEmpty();
    }

    @Test
    void aSlotListedTwiceIsRefused() {
        assertThat(fields(new Schedule(ScheduleType.RECURRING, null, null,
                List.of(Slot.TUE_MORNING, Slot.TUE_MORNING), DAY, null, 1.5))).containsExactly("schedule.slots");
    }

    private static List<String> fields(Schedule schedule) {
        return ScheduleRules.check(schedule).stream().map(Problem.FieldError::field).toList();
    }
}
