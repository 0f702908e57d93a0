package nl.talentenbureau.matching.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The "already busy then" rule on hand-picked cases: two bookings overlap when they need the volunteer at once. */
class BookingTest {

    /** A Monday; 2026-03-03 is a Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private static final int TUE_MORNING = Slots.bit(DayOfWeek.TUESDAY, DayPart.MORNING);
    private static final int TUE_AFTERNOON = Slots.bit(DayOfWeek.TUESDAY, DayPart.AFTERNOON);
    private static final int THU_MORNING = Slots.bit(DayOfWeek.THURSDAY, DayPart.MORNING);

    @Test
    void twoWeeklyBookingsOverlapWhenTheyShareADayPart() {
        Booking tuesdayMorning = Booking.weekly(TUE_MORNING | THU_MORNING);
        assertThat(tuesdayMorning.overlaps(Booking.weekly(TUE_MORNING), TODAY)).isTrue();
        assertThat(tuesdayMorning.overlaps(Booking.weekly(TUE_AFTERNOON), TODAY)).isFalse();
        assertThat(tuesdayMorning.shared(Booking.weekly(THU_MORNING | TUE_AFTERNOON), TODAY)).isEqualTo(THU_MORNING);
    }

    @Test
    void twoOneOffBookingsOverlapOnlyOnTheSameDateAndDayPart() {
        Booking morning = Booking.on(TUESDAY, TUE_MORNING);
        assertThat(morning.overlaps(Booking.on(TUESDAY, TUE_MORNING | TUE_AFTERNOON), TODAY)).isTrue();
        assertThat(morning.overlaps(Booking.on(TUESDAY, TUE_AFTERNOON), TODAY)).isFalse();
        // the next Tuesday, same day part: another date
        assertThat(morning.overlaps(Booking.on(TUESDAY.plusWeeks(1), TUE_MORNING), TODAY)).isFalse();
    }

    @Test
    void aWeeklyBookingHoldsThatDayPartOnEveryDateOfItsWeekday() {
        Booking weekly = Booking.weekly(TUE_MORNING);
        assertThat(weekly.overlaps(Booking.on(TUESDAY.plusWeeks(5), TUE_MORNING), TODAY)).isTrue();
        assertThat(Booking.on(TUESDAY.plusWeeks(5), TUE_MORNING).overlaps(weekly, TODAY)).as("symmetric").isTrue();
        assertThat(weekly.overlaps(Booking.on(TUESDAY, TUE_AFTERNOON), TODAY)).isFalse();
        assertThat(weekly.overlaps(Booking.on(TUESDAY.plusDays(2), Slots.bit(DayOfWeek.THURSDAY,
                DayPart.MORNING)), TODAY)).isFalse();
    }

    @Test
    void aOneOffBookingWhoseDateHasPassedHoldsNothing() {
        Booking lastWeek = Booking.on(TUESDAY.minusWeeks(1), TUE_MORNING);
        assertThat(lastWeek.over(TODAY)).isTrue();
        assertThat(lastWeek.overlaps(Booking.weekly(TUE_MORNING), TODAY)).isFalse();
        assertThat(lastWeek.overlaps(Booking.on(TUESDAY.minusWeeks(1), TUE_MORNING), TODAY)).isFalse();
        // today itself still counts
        assertThat(Booking.on(TODAY, Slots.on(TODAY, DayPart.EVENING)).over(TODAY)).isFalse();
        assertThat(Booking.weekly(TUE_MORNING).over(TODAY.plusYears(3))).isFalse();
    }

    @Test
    void aOneOffRequestWithoutDayPartsHoldsTheWholeDayAndAWeeklyOneWithoutSlotsNothing() {
        Booking wholeDay = Booking.on(TUESDAY, 0);
        assertThat(wholeDay.slots()).isEqualTo(Slots.day(DayOfWeek.TUESDAY));
        assertThat(wholeDay.overlaps(Booking.on(TUESDAY, TUE_AFTERNOON), TODAY)).isTrue();
        assertThat(Booking.NONE.overlaps(Booking.weekly(Slots.ALL), TODAY)).isFalse();
        assertThat(Booking.weekly(0).overlaps(Booking.NONE, TODAY)).isFalse();
    }

    @Test
    void aOneOffBookingHoldsOnlyDayPartsOfItsOwnWeekday() {
        assertThatIllegalArgumentException().isThrownBy(() -> Booking.on(TUESDAY, THU_MORNING));
        assertThatIllegalArgumentException().isThrownBy(() -> Booking.weekly(1 << 21));
    }

    @Test
    void theClashIsNamedInWords() {
        assertThat(Booking.weekly(TUE_MORNING | THU_MORNING).clash(Booking.weekly(TUE_MORNING | THU_MORNING),
                TODAY)).isEqualTo("TUE_MORNING, THU_MORNING every week");
        assertThat(Booking.on(TUESDAY, TUE_MORNING).clash(Booking.weekly(TUE_MORNING), TODAY))
                .isEqualTo("MORNING on 2026-03-03");
        assertThat(Booking.weekly(TUE_MORNING).clash(Booking.on(TUESDAY, 0), TODAY))
                .isEqualTo("MORNING on 2026-03-03");
    }

    @Test
    void aVolunteerIsBusyWhenAnyOfTheirBookingsOverlaps() {
        List<Booking> held = List.of(Booking.weekly(THU_MORNING), Booking.on(TUESDAY, TUE_AFTERNOON));
        assertThat(Booking.weekly(TUE_MORNING).firstOverlap(held, TODAY)).isNull();
        assertThat(Booking.weekly(TUE_AFTERNOON).firstOverlap(held, TODAY)).isEqualTo(held.get(1));
        assertThat(Booking.on(TUESDAY.plusDays(2), THU_MORNING).firstOverlap(held, TODAY)).isEqualTo(held.get(0));
    }
}
