package nl.talentenbureau.volunteer.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContactRuleTest {

    private static final List<String> MEMBER_OF = List.of("leef", "welzijn");

    @Test
    void anAdminAlwaysSeesContactDetails() {
        assertThat(new ContactRule(true, false, null).shows(MEMBER_OF, false, false)).isTrue();
    }

    @Test
    void aCoordinatorSeesThemForAMemberAMatchOrWithConsent() {
        ContactRule member = new ContactRule(false, true, "leef");
        ContactRule stranger = new ContactRule(false, true, "kbo");
        assertThat(member.shows(MEMBER_OF, false, false)).isTrue();
        assertThat(stranger.shows(MEMBER_OF, true, false)).isTrue();
        assertThat(stranger.shows(MEMBER_OF, false, true)).isTrue();
        assertThat(stranger.shows(MEMBER_OF, false, false)).isFalse();
    }

    @Test
    void aCoordinatorWithoutOrganisationSeesThemOnlyWithConsent() {
        ContactRule unbound = new ContactRule(false, true, null);
        assertThat(unbound.shows(MEMBER_OF, true, false)).isFalse();
        assertThat(unbound.shows(MEMBER_OF, false, true)).isTrue();
    }

    @Test
    void otherRolesNeverSeeThemThroughThisRule() {
        assertThat(new ContactRule(false, false, null).shows(MEMBER_OF, true, true)).isFalse();
    }
}
