package nl.talentenbureau.volunteer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

class ConsentRulesTest {

    private static final List<String> MEMBER_OF = List.of("leef");
    private static final ConsentActor COORDINATOR = ConsentActor.coordinator("c", "leef", ConsentChannel.PHONE);

    @Test
    void aCoordinatorCannotUndoTheVolunteersOwnWithdrawalButTheVolunteerCan() {
        Consent withdrawn = withdrawnBy(ConsentActor.Role.VOLUNTEER);
        assertThat(kindOf(() -> ConsentRules.checkGive(withdrawn, COORDINATOR, MEMBER_OF)))
                .isEqualTo(ProblemKind.CONFLICT);
        assertThatCode(() -> ConsentRules.checkGive(withdrawn, ConsentActor.self("v"), MEMBER_OF))
                .doesNotThrowAnyException();
    }

    @Test
    void aCoordinatorMayGiveAgainWhatACoordinatorRecordedAsWithdrawn() {
        assertThatCode(() -> ConsentRules.checkGive(withdrawnBy(ConsentActor.Role.COORDINATOR), COORDINATOR,
                MEMBER_OF)).doesNotThrowAnyException();
    }

    @Test
    void aCoordinatorOfAnotherOrganisationOrWithoutOneIsRefused() {
        ConsentActor other = ConsentActor.coordinator("c", "kbo", ConsentChannel.PAPER);
        ConsentActor none = ConsentActor.coordinator("c", null, ConsentChannel.PAPER);
        assertThat(kindOf(() -> ConsentRules.checkGive(null, other, MEMBER_OF))).isEqualTo(ProblemKind.FORBIDDEN);
        assertThat(kindOf(() -> ConsentRules.checkWithdraw(none, MEMBER_OF))).isEqualTo(ProblemKind.FORBIDDEN);
    }

    @Test
    void aCoordinatorNamesAChannelOfTheirOwn() {
        for (ConsentChannel channel : List.of(ConsentChannel.SELF, ConsentChannel.UNRECORDED)) {
            ConsentActor actor = ConsentActor.coordinator("c", "leef", channel);
            assertThat(kindOf(() -> ConsentRules.checkWithdraw(actor, MEMBER_OF)))
                    .isEqualTo(ProblemKind.VALIDATION_FAILED);
        }
    }

    private static Consent withdrawnBy(ConsentActor.Role role) {
        Consent consent = new Consent();
        consent.purpose = ConsentPurpose.MATCHING;
        consent.givenAt = OffsetDateTime.now().minusDays(2);
        consent.withdrawnAt = OffsetDateTime.now().minusDays(1);
        consent.withdrawnBy = role;
        return consent;
    }

    private static ProblemKind kindOf(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.kind();
        }
        throw new AssertionError("not refused");
    }
}
