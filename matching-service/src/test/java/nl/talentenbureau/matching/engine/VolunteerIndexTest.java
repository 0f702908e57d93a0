package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.support.RequestBuilder.aRequest;
import static nl.talentenbureau.matching.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.DayPart;
import nl.talentenbureau.matching.profile.Slots;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.profile.VolunteerStatus;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.TestCatalog;
import nl.talentenbureau.matching.support.VolunteerBuilder;

class VolunteerIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** a Wednesday */
    private static final LocalDate ONE_OFF = LocalDate.of(2026, 3, 11);
    private static final int MON_MORNING = Slots.bit(DayOfWeek.MONDAY, DayPart.MORNING);
    private static final int MON_AFTERNOON = Slots.bit(DayOfWeek.MONDAY, DayPart.AFTERNOON);
    private static final int TUE_EVENING = Slots.bit(DayOfWeek.TUESDAY, DayPart.EVENING);

    private static VolunteerIndex index(VolunteerProfile... profiles) {
        return VolunteerIndex.build(List.of(profiles), TestCatalog.DISTANCES, TestCatalog.TALENTS,
                TestCatalog.TRAININGS, Weights.DEFAULT);
    }

    /** The one volunteer is excluded for exactly this reason, and nobody is returned. */
    private static void assertExcluded(VolunteerBuilder volunteer, HelpRequest request, Exclusion reason) {
        Candidates answer = index(volunteer.build()).candidates(request, TODAY, 10);

        assertThat(answer.candidates()).isEmpty();
        assertThat(answer.eligible()).isZero();
        assertThat(answer.excluded()).containsExactlyEntriesOf(Map.of(reason, 1));
    }

    private static void assertEligible(VolunteerBuilder volunteer, HelpRequest request) {
        Candidates answer = index(volunteer.build()).candidates(request, TODAY, 10);

        assertThat(answer.candidates()).hasSize(1);
        assertThat(answer.excluded()).isEmpty();
    }

    @Test
    void explainsEveryComponentOfAHandComputedScore() {
        VolunteerProfile volunteer = aVolunteer().inKern("breukelen")
                .withTalent("digital-help", 2).withTalent("driving", 1)
                .availableIn(MON_MORNING | MON_AFTERNOON)
                .withLoad(1, 4)
                .helped("requester-7")
                .build();
        HelpRequest request = aRequest().inKern("breukelen").from("requester-7")
                .needingTalent("digital-help", 1).needingTalent("driving", 2)
                .weekly(MON_MORNING | MON_AFTERNOON | TUE_EVENING)
                .build();

        Candidate candidate = index(volunteer).candidates(request, TODAY, 10).candidates().getFirst();

        // skills (1 + 0.25) / 2 = 0.625; availability 2/3; distance 1; load 0.75; continuity 1
        double expected = 0.35 * 0.625 + 0.25 * (2.0 / 3) + 0.20 * 1 + 0.10 * 0.75 + 0.10 * 1;
        assertThat(candidate.score()).isCloseTo(expected, within(1e-12)).isCloseTo(0.7604167, within(1e-7));
        assertThat(candidate.component(Component.SKILLS).value()).isEqualTo(0.625);
        assertThat(candidate.component(Component.SKILLS).reason())
                .isEqualTo("talent digital-help at level 2, needs 1; talent driving at level 1, needs 2");
        assertThat(candidate.component(Component.AVAILABILITY).reason()).isEqualTo("2 of 3 slots");
        assertThat(candidate.component(Component.DISTANCE).value()).isEqualTo(1.0);
        assertThat(candidate.component(Component.DISTANCE).reason()).isEqualTo("same kern");
        assertThat(candidate.component(Component.LOAD).value()).isEqualTo(0.75);
        assertThat(candidate.component(Component.LOAD).reason()).isEqualTo("1 of 4 places taken");
        assertThat(candidate.component(Component.CONTINUITY).value()).isEqualTo(1.0);
        assertThat(candidate.component(Component.CONTINUITY).weight()).isEqualTo(0.10);
    }

    @Test
    void distanceFromANeighbouringKernFallsWithTheKilometres() {
        VolunteerProfile volunteer = aVolunteer().inKern("maarssen-dorp").travelsUpTo(10).build();
        HelpRequest request = aRequest().inKern("breukelen").build();

        ComponentScore distance = index(volunteer).candidates(request, TODAY, 1).candidates().getFirst()
                .component(Component.DISTANCE);

        double km = TestCatalog.DISTANCES.km("breukelen", "maarssen-dorp");
        assertThat(distance.value()).isCloseTo(1 - km / 10, within(1e-12)).isCloseTo(0.536, within(0.002));
        assertThat(distance.reason()).isEqualTo("4.6 km");
    }

    @Test
    void aRequestWithoutTalentsGivesFullSkillsAndContinuityZeroForANewVolunteer() {
        Candidate candidate = index(aVolunteer().build()).candidates(aRequest().build(), TODAY, 1).candidates()
                .getFirst();

        assertThat(candidate.component(Component.SKILLS).value()).isEqualTo(1.0);
        assertThat(candidate.component(Component.SKILLS).reason()).isEqualTo("no talent asked");
        assertThat(candidate.component(Component.CONTINUITY).value()).isZero();
    }

    @Test
    void aTalentNotHeldCountsZeroButDoesNotExclude() {
        Candidate candidate = index(aVolunteer().build())
                .candidates(aRequest().needingTalent("gardening", 1).build(), TODAY, 1).candidates().getFirst();

        assertThat(candidate.component(Component.SKILLS).value()).isZero();
        assertThat(candidate.component(Component.SKILLS).reason()).isEqualTo("talent gardening not held, needs 1");
    }

    @Test
    void aOneOffRequestScoresTheSlotsOfItsDate() {
        int wednesdayMorningAndEvening = Slots.on(ONE_OFF, DayPart.MORNING, DayPart.EVENING);
        VolunteerProfile volunteer = aVolunteer()
                .availableIn(Slots.bit(DayOfWeek.WEDNESDAY, DayPart.MORNING) | MON_MORNING).build();

        Candidate candidate = index(volunteer)
                .candidates(aRequest().onDate(ONE_OFF, wednesdayMorningAndEvening).build(), TODAY, 1)
                .candidates().getFirst();

        assertThat(candidate.component(Component.AVAILABILITY).value()).isEqualTo(0.5);
        assertThat(candidate.component(Component.AVAILABILITY).reason()).isEqualTo("1 of 2 slots");
    }

    // --- hard filters ----------------------------------------------------------------------------------

    @Test
    void onlyActiveVolunteersAreCandidates() {
        for (VolunteerStatus status : VolunteerStatus.values()) {
            if (status != VolunteerStatus.ACTIVE) {
                assertExcluded(aVolunteer().withStatus(status), aRequest().build(), Exclusion.NOT_ACTIVE);
            }
        }
    }

    @Test
    void aVolunteerBeyondTheirMaxTravelDistanceIsTooFar() {
        // breukelen - maarssen-dorp is 4.6 km
        assertExcluded(aVolunteer().inKern("maarssen-dorp").travelsUpTo(4), aRequest().inKern("breukelen").build(),
                Exclusion.TOO_FAR);
        assertEligible(aVolunteer().inKern("maarssen-dorp").travelsUpTo(5), aRequest().inKern("breukelen").build());
    }

    @Test
    void aVolunteerWhoDoesNotTravelStillHelpsInTheirOwnKern() {
        assertEligible(aVolunteer().inKern("breukelen").travelsUpTo(0), aRequest().inKern("breukelen").build());
    }

    @Test
    void aRequestNeedingAVogExcludesVolunteersWithoutOne() {
        assertExcluded(aVolunteer(), aRequest().needingVog().build(), Exclusion.NO_VALID_VOG);
    }

    @Test
    void aVogCountsUpToAndIncludingItsLastValidDay() {
        HelpRequest request = aRequest().needingVog().build();

        assertEligible(aVolunteer().withVogValidUntil(TODAY), request);
        assertExcluded(aVolunteer().withVogValidUntil(TODAY.minusDays(1)), request, Exclusion.NO_VALID_VOG);
    }

    @Test
    void aOneOffRequestNeedsTheVogValidOnItsDateNotOnlyToday() {
        HelpRequest request = aRequest().needingVog().onDate(ONE_OFF, 0).build();

        assertExcluded(aVolunteer().withVogValidUntil(ONE_OFF.minusDays(1)), request, Exclusion.NO_VALID_VOG);
        assertEligible(aVolunteer().withVogValidUntil(ONE_OFF), request);
    }

    @Test
    void aRequestWithoutVogDoesNotLookAtIt() {
        assertEligible(aVolunteer(), aRequest().build());
    }

    @Test
    void requiredTrainingsMustBeHeldAndNotExpired() {
        HelpRequest request = aRequest().needingTraining("dementia-basics").needingTraining("first-aid").build();

        assertExcluded(aVolunteer().withTraining("dementia-basics", null), request, Exclusion.MISSING_TRAINING);
        assertExcluded(aVolunteer().withTraining("dementia-basics", null).withTraining("first-aid",
                TODAY.minusDays(1)), request, Exclusion.MISSING_TRAINING);
        assertEligible(aVolunteer().withTraining("dementia-basics", null).withTraining("first-aid", TODAY), request);
    }

    @Test
    void anUnknownRequiredTrainingIsHeldByNobody() {
        assertExcluded(aVolunteer().withTraining("first-aid", null), aRequest().needingTraining("juggling").build(),
                Exclusion.MISSING_TRAINING);
    }

    @Test
    void theVolunteerMustSpeakOneOfTheRequestsLanguages() {
        HelpRequest request = aRequest().inLanguage("tr", "ar").build();

        assertExcluded(aVolunteer().speaking("nl", "en"), request, Exclusion.NO_SHARED_LANGUAGE);
        assertEligible(aVolunteer().speaking("nl", "ar"), request);
        assertEligible(aVolunteer().speaking("nl"), aRequest().build());
    }

    @Test
    void aVolunteerWithoutRoomIsAtCapacity() {
        assertExcluded(aVolunteer().withLoad(2, 2), aRequest().build(), Exclusion.AT_CAPACITY);
        assertExcluded(aVolunteer().withLoad(0, 0), aRequest().build(), Exclusion.AT_CAPACITY);
        assertEligible(aVolunteer().withLoad(1, 2), aRequest().build());
    }

    @Test
    void anAbsenceCoveringTheDateOfAOneOffRequestExcludes() {
        HelpRequest request = aRequest().onDate(ONE_OFF, 0).build();

        assertExcluded(aVolunteer().absent(ONE_OFF, ONE_OFF), request, Exclusion.ABSENT);
        assertExcluded(aVolunteer().absent(ONE_OFF.minusDays(3), ONE_OFF.plusDays(3)), request, Exclusion.ABSENT);
        assertEligible(aVolunteer().absent(ONE_OFF.plusDays(1), ONE_OFF.plusDays(9)), request);
    }

    @Test
    void withSeveralAbsencesOnlyADayInsideOneOfThemExcludes() {
        // the first and last absent day span the date, but it falls between the two absences
        VolunteerBuilder away = aVolunteer().absent(ONE_OFF.minusDays(9), ONE_OFF.minusDays(1))
                .absent(ONE_OFF.plusDays(1), ONE_OFF.plusDays(9));

        assertEligible(away, aRequest().onDate(ONE_OFF, 0).build());
        assertExcluded(away, aRequest().onDate(ONE_OFF.plusDays(7), 0).build(), Exclusion.ABSENT);
        assertExcluded(away, aRequest().onDate(ONE_OFF.minusDays(9), 0).build(), Exclusion.ABSENT);
        assertEligible(away, aRequest().onDate(ONE_OFF.plusDays(10), 0).build());
    }

    @Test
    void anAbsenceDoesNotExcludeFromARecurringRequest() {
        assertEligible(aVolunteer().absent(TODAY, TODAY.plusDays(14)), aRequest().build());
    }

    @Test
    void aVolunteerFailingSeveralFiltersCountsOnceUnderTheFirst() {
        assertExcluded(aVolunteer().withStatus(VolunteerStatus.PAUSED).withLoad(1, 1),
                aRequest().needingVog().build(), Exclusion.NOT_ACTIVE);
    }

    // --- ranking and counts ----------------------------------------------------------------------------

    @Test
    void countsExcludedVolunteersByReasonInPlainWords() {
        List<VolunteerProfile> volunteers = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            volunteers.add(aVolunteer().build());
        }
        for (int i = 0; i < 31; i++) {
            volunteers.add(aVolunteer().inKern("dronten").build());
        }
        volunteers.add(aVolunteer().withVogValidUntil(TODAY).build());

        Candidates answer = index(volunteers.toArray(VolunteerProfile[]::new))
                .candidates(aRequest().needingVog().build(), TODAY, 10);

        assertThat(answer.eligible()).isEqualTo(1);
        assertThat(answer.exclusionSummary()).isEqualTo("31 too far, 14 without a valid VOG");
    }

    @Test
    void returnsTheBestKBestFirst() {
        VolunteerProfile best = aVolunteer().withId(5).withLoad(0, 4).build();
        VolunteerProfile second = aVolunteer().withId(4).withLoad(1, 4).build();
        VolunteerProfile third = aVolunteer().withId(3).withLoad(2, 4).build();
        VolunteerProfile fourth = aVolunteer().withId(2).withLoad(3, 4).build();

        Candidates answer = index(fourth, second, best, third).candidates(aRequest().build(), TODAY, 3);

        assertThat(answer.candidates()).extracting(Candidate::volunteerId)
                .containsExactly(best.id(), second.id(), third.id());
        assertThat(answer.eligible()).isEqualTo(4);
    }

    @Test
    void equalScoresAreOrderedByVolunteerId() {
        List<VolunteerProfile> volunteers = new ArrayList<>();
        for (long n = 9; n >= 1; n--) {
            volunteers.add(aVolunteer().withId(n).inKern(n % 2 == 0 ? "breukelen" : "nieuwersluis")
                    .travelsUpTo(0).build());
        }
        HelpRequest request = aRequest().inKern("breukelen").build();

        Candidates answer = index(volunteers.toArray(VolunteerProfile[]::new)).candidates(request, TODAY, 3);

        assertThat(answer.candidates()).extracting(Candidate::volunteerId)
                .containsExactly(new UUID(0, 2), new UUID(0, 4), new UUID(0, 6));
    }

    @Test
    void askingForNoCandidatesStillCountsTheExcluded() {
        Candidates answer = index(aVolunteer().build(), aVolunteer().withLoad(1, 1).build())
                .candidates(aRequest().build(), TODAY, 0);

        assertThat(answer.candidates()).isEmpty();
        assertThat(answer.eligible()).isEqualTo(1);
        assertThat(answer.excludedCount(Exclusion.AT_CAPACITY)).isEqualTo(1);
    }

    @Test
    void rejectsAVolunteerListedTwiceAndUnknownKernen() {
        VolunteerProfile volunteer = aVolunteer().build();

        assertThatIllegalArgumentException().isThrownBy(() -> index(volunteer, volunteer))
                .withMessageContaining("twice");
        assertThatIllegalArgumentException().isThrownBy(() -> index(aVolunteer().inKern("atlantis").build()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> index(volunteer).candidates(aRequest().inKern("atlantis").build(), TODAY, 1));
    }
}
