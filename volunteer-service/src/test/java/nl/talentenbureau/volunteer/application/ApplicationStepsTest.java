package nl.talentenbureau.volunteer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.volunteer.application.ApplicationSteps.Outcome;

/** The application's steps as a plain rule: which step follows which, and what it does to the profile. */
class ApplicationStepsTest {

    private static final UUID SOME = UUID.fromString("5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18");

    @Test
    void theLinkConfirmsASubmittedApplicationAndChangesNothingAfter() {
        assertThat(ApplicationSteps.confirm(ApplicationStatus.SUBMITTED)).isEqualTo(ApplicationStatus.CONFIRMED);
        for (ApplicationStatus later : new ApplicationStatus[]{ApplicationStatus.CONFIRMED, ApplicationStatus.INTAKE,
                ApplicationStatus.ACTIVE, ApplicationStatus.DECLINED}) {
            assertThat(ApplicationSteps.confirm(later)).isEqualTo(later);
        }
    }

    @Test
    void theFirstIntakeMakesAProfileAndAMovedOneDoesNot() {
        assertThat(ApplicationSteps.planIntake(ApplicationStatus.CONFIRMED).registersVolunteer()).isTrue();
        assertThat(ApplicationSteps.planIntake(ApplicationStatus.INTAKE).registersVolunteer()).isFalse();
    }

    @Test
    void noIntakeBeforeTheConfirmationOrAfterTheDecision() {
        for (ApplicationStatus from : new ApplicationStatus[]{ApplicationStatus.SUBMITTED, ApplicationStatus.ACTIVE,
                ApplicationStatus.DECLINED}) {
            assertThatThrownBy(() -> ApplicationSteps.planIntake(from)).isInstanceOf(ProblemException.class)
                    .extracting(e -> ((ProblemException) e).kind()).isEqualTo(ProblemKind.ILLEGAL_TRANSITION);
        }
    }

    @Test
    void activeOnlyAfterTheIntakeAndTheProfileFollows() {
        ApplicationSteps.Decision active = ApplicationSteps.decide(ApplicationStatus.INTAKE, Outcome.ACTIVE, null);
        assertThat(active.to()).isEqualTo(ApplicationStatus.ACTIVE);
        assertThat(active.volunteerStatus()).isEqualTo("ACTIVE");
        for (ApplicationStatus from : new ApplicationStatus[]{ApplicationStatus.SUBMITTED,
                ApplicationStatus.CONFIRMED, ApplicationStatus.ACTIVE, ApplicationStatus.DECLINED}) {
            assertThatThrownBy(() -> ApplicationSteps.decide(from, Outcome.ACTIVE, null))
                    .isInstanceOf(ProblemException.class).hasMessageContaining(from.name())
                    .extracting(e -> ((ProblemException) e).kind()).isEqualTo(ProblemKind.ILLEGAL_TRANSITION);
        }
    }

    @Test
    void aDeclineNeedsAReasonAndStopsAProfileOnlyWhenThereIsOne() {
        ApplicationSteps.Decision beforeIntake = ApplicationSteps.decide(ApplicationStatus.CONFIRMED,
                Outcome.DECLINED, "geen plek");
        assertThat(beforeIntake.to()).isEqualTo(ApplicationStatus.DECLINED);
        assertThat(beforeIntake.volunteerStatus()).isNull();
        ApplicationSteps.Decision afterIntake = ApplicationSteps.decide(ApplicationStatus.INTAKE, Outcome.DECLINED,
                "past niet");
        assertThat(afterIntake.volunteerStatus()).isEqualTo("STOPPED");
        for (String reason : new String[]{null, "", "   "}) {
            assertThatThrownBy(() -> ApplicationSteps.decide(ApplicationStatus.INTAKE, Outcome.DECLINED, reason))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().getFirst().field()).isEqualTo("reason"));
        }
        for (ApplicationStatus from : new ApplicationStatus[]{ApplicationStatus.SUBMITTED, ApplicationStatus.ACTIVE,
                ApplicationStatus.DECLINED}) {
            assertThatThrownBy(() -> ApplicationSteps.decide(from, Outcome.DECLINED, "x"))
                    .isInstanceOf(ProblemException.class)
                    .extracting(e -> ((ProblemException) e).kind()).isEqualTo(ProblemKind.ILLEGAL_TRANSITION);
        }
    }

    @Test
    void anOpenApplicationIsEveryCoordinatorsUntilOneTakesItUp() {
        assertThat(ApplicationSteps.manages(null, "welzijn")).isTrue();
        assertThat(ApplicationSteps.manages("welzijn", "welzijn")).isTrue();
        assertThat(ApplicationSteps.manages("welzijn", "handjehelpen")).isFalse();
    }

    @Test
    void eachSourceNamesWhatItNeeds() {
        ApplicationSteps.checkSource(ApplicationSource.VACANCY, SOME, null, null);
        ApplicationSteps.checkSource(ApplicationSource.EVENT, null, SOME, null);
        ApplicationSteps.checkSource(ApplicationSource.EVENT, SOME, SOME, null);
        ApplicationSteps.checkSource(ApplicationSource.REFERRAL, null, null, SOME);
        ApplicationSteps.checkSource(ApplicationSource.REFERRAL, null, null, null);
        ApplicationSteps.checkSource(ApplicationSource.WEBSITE, null, null, null);
        ApplicationSteps.checkSource(ApplicationSource.OTHER, SOME, null, null);
        assertField(() -> ApplicationSteps.checkSource(ApplicationSource.VACANCY, null, null, null), "vacancyId");
        assertField(() -> ApplicationSteps.checkSource(ApplicationSource.EVENT, null, null, null), "eventId");
        assertField(() -> ApplicationSteps.checkSource(ApplicationSource.WEBSITE, null, SOME, null), "eventId");
        assertField(() -> ApplicationSteps.checkSource(ApplicationSource.VACANCY, SOME, null, SOME), "referredBy");
    }

    private static void assertField(Runnable step, String field) {
        assertThatThrownBy(step::run).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).kind()).isEqualTo(ProblemKind.VALIDATION_FAILED))
                .satisfies(e -> assertThat(((ProblemException) e).errors().getFirst().field()).isEqualTo(field));
    }
}
