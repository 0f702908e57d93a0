package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.support.RequestBuilder.aRequest;
import static nl.talentenbureau.matching.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.DayPart;
import nl.talentenbureau.matching.profile.Slots;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.TestCatalog;

/** The index's "already busy then" filter and the slot part of the load, on hand-picked cases. */
class BusyIndexTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
    private static final int TUE_MORNING = Slots.bit(DayOfWeek.TUESDAY, DayPart.MORNING);
    private static final int TUE_AFTERNOON = Slots.bit(DayOfWeek.TUESDAY, DayPart.AFTERNOON);
    private static final int THU_MORNING = Slots.bit(DayOfWeek.THURSDAY, DayPart.MORNING);
    private static final int WEEK = TUE_MORNING | TUE_AFTERNOON | THU_MORNING
            | Slots.bit(DayOfWeek.FRIDAY, DayPart.MORNING);

    private final VolunteerProfile weekly = aVolunteer().withId(1).availableIn(WEEK).withLoad(1, 2)
            .busyWith(Booking.weekly(TUE_MORNING)).build();
    private final VolunteerProfile once = aVolunteer().withId(2).availableIn(WEEK).withLoad(1, 2)
            .busyWith(Booking.on(TUESDAY, TUE_MORNING)).build();
    private final VolunteerProfile past = aVolunteer().withId(3).availableIn(WEEK).withLoad(1, 2)
            .busyWith(Booking.on(TODAY.minusDays(6), TUE_MORNING)).build();
    private final VolunteerProfile idle = aVolunteer().withId(4).availableIn(WEEK).withLoad(0, 2).build();
    private final VolunteerProfile full = aVolunteer().withId(5).availableIn(WEEK).withLoad(1, 1)
            .busyWith(Booking.weekly(TUE_MORNING)).build();
    private final VolunteerIndex index = VolunteerIndex.build(List.of(weekly, once, past, idle, full),
            TestCatalog.DISTANCES, TestCatalog.TALENTS, TestCatalog.TRAININGS, Weights.DEFAULT);

    private List<Object> ids(Candidates answer) {
        return answer.candidates().stream().map(c -> (Object) c.volunteerId()).toList();
    }

    @Test
    void aWeeklyRequestLeavesOutWhoeverIsHeldThenEveryWeekOrOnOneOfItsDatesAndCountsThem() {
        Candidates answer = index.candidates(aRequest().weekly(TUE_MORNING | THU_MORNING).build(), TODAY, 10);

        assertThat(ids(answer)).containsExactlyInAnyOrder(past.id(), idle.id());
        assertThat(answer.excludedCount(Exclusion.BUSY)).isEqualTo(2);
        // capacity is checked first: the full volunteer counts there, once
        assertThat(answer.excludedCount(Exclusion.AT_CAPACITY)).isEqualTo(1);
        assertThat(answer.exclusionSummary()).isEqualTo("1 at full capacity, 2 already busy then");
    }

    @Test
    void aOneOffRequestLeavesOutOnlyWhoeverIsHeldOnThatDateAndDayPart() {
        HelpRequest sameMorning = aRequest().onDate(TUESDAY, TUE_MORNING).build();
        assertThat(ids(index.candidates(sameMorning, TODAY, 10))).containsExactlyInAnyOrder(past.id(), idle.id());

        HelpRequest nextWeek = aRequest().onDate(TUESDAY.plusWeeks(1), TUE_MORNING).build();
        Candidates answer = index.candidates(nextWeek, TODAY, 10);
        assertThat(ids(answer)).containsExactlyInAnyOrder(once.id(), past.id(), idle.id());
        assertThat(answer.excludedCount(Exclusion.BUSY)).isEqualTo(1);

        HelpRequest afternoon = aRequest().onDate(TUESDAY, TUE_AFTERNOON).build();
        assertThat(index.candidates(afternoon, TODAY, 10).excludedCount(Exclusion.BUSY)).isZero();
    }

    @Test
    void theWeeklySlotsTakenArePartOfTheLoadAndItsReason() {
        Candidates answer = index.candidates(aRequest().weekly(THU_MORNING).build(), TODAY, 10);
        ComponentScore load = candidate(answer, weekly).component(Component.LOAD);
        // 1 of 2 places free (0.5) x 3 of 4 weekly slots free (0.75)
        assertThat(load.value()).isEqualTo(0.375);
        assertThat(load.reason()).isEqualTo("1 of 2 places taken, 1 of 4 weekly slots taken");
        // a one-off match takes a place, no weekly slot
        assertThat(candidate(answer, once).component(Component.LOAD).value()).isEqualTo(0.5);
        assertThat(candidate(answer, once).component(Component.LOAD).reason()).isEqualTo("1 of 2 places taken");
        assertThat(candidate(answer, weekly).score()).isLessThan(candidate(answer, once).score());
    }

    @Test
    void bookingsChangedInPlaceBusyAndFreeAVolunteer() {
        HelpRequest tuesdays = aRequest().weekly(TUE_AFTERNOON).build();
        VolunteerIndex booked = index.withMatches(idle.id(), 1, Set.of(), List.of(Booking.weekly(TUE_AFTERNOON)));
        assertThat(ids(booked.candidates(tuesdays, TODAY, 10))).doesNotContain(idle.id());
        assertThat(ids(index.candidates(tuesdays, TODAY, 10))).as("the old version unchanged").contains(idle.id());
        // the count-only change keeps the bookings
        assertThat(ids(booked.withMatches(idle.id(), 1, Set.of()).candidates(tuesdays, TODAY, 10)))
                .doesNotContain(idle.id());

        VolunteerIndex freed = booked.withMatches(idle.id(), 0, Set.of(), List.of());
        assertThat(ids(freed.candidates(tuesdays, TODAY, 10))).contains(idle.id());
        VolunteerIndex rebuilt = VolunteerIndex.build(List.of(weekly, once, past, idle, full), TestCatalog.DISTANCES,
                TestCatalog.TALENTS, TestCatalog.TRAININGS, Weights.DEFAULT);
        assertThat(freed.candidates(tuesdays, TODAY, 10)).isEqualTo(rebuilt.candidates(tuesdays, TODAY, 10));
    }

    private static Candidate candidate(Candidates answer, VolunteerProfile volunteer) {
        return answer.candidates().stream().filter(c -> c.volunteerId().equals(volunteer.id())).findFirst()
                .orElseThrow();
    }
}
