package nl.talentenbureau.request.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;

/** The receiving organisation gets the request when it owns it, else only what the senior agreed to share. */
class ReferralTest {

    @Test
    void theOwningOrganisationIsReferredToTheRequestAndNothingMore() {
        assertThat(Referral.decide("welzijn", "welzijn", false, false)).isEqualTo(Referral.Kind.REQUEST);
        assertThatThrownBy(() -> Referral.decide("welzijn", "welzijn", true, true))
                .isInstanceOf(ProblemException.class).hasMessageContaining("sharedContact: not needed");
    }

    @Test
    void anotherOrganisationGetsOnlySharedContactDetailsWithConsent() {
        assertThat(Referral.decide("handjehelpen", "welzijn", true, true)).isEqualTo(Referral.Kind.SHARED_CONTACT);
        assertThat(Referral.decide(null, "welzijn", true, true)).isEqualTo(Referral.Kind.SHARED_CONTACT);
        assertThatThrownBy(() -> Referral.decide("handjehelpen", "welzijn", false, false))
                .isInstanceOf(ProblemException.class).hasMessageContaining("sharedContact: required");
        assertThatThrownBy(() -> Referral.decide("handjehelpen", "welzijn", true, false))
                .isInstanceOf(ProblemException.class).hasMessageContaining("consent: required");
    }

    @Test
    void consentWithoutContactDetailsIsRefused() {
        assertThatThrownBy(() -> Referral.decide("welzijn", "welzijn", false, true))
                .isInstanceOf(ProblemException.class).hasMessageContaining("consent: only with sharedContact");
    }
}
