package nl.talentenbureau.volunteer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.volunteer.core.AccountProfile;

class InvitationRulesTest {

    private static final UUID ID = UUID.fromString("0b6f3c1e-6a52-4f0e-9d7e-2f4c1a9b8e31");

    private static AccountProfile profile(String email, String subject, boolean stopped) {
        return new AccountProfile(ID, "Anna de Vries", email, subject, List.of("handjehelpen"), stopped, "en");
    }

    private static ProblemKind refusalOf(AccountProfile profile) {
        try {
            InvitationRules.requireInvitable(profile);
            return null;
        } catch (ProblemException e) {
            return e.kind();
        }
    }

    @Test
    void aProfileWithAnEmailAndNoAccountMayBeInvited() {
        assertThat(refusalOf(profile("anna@example.nl", null, false))).isNull();
    }

    @Test
    void noEmailIsUnprocessableAndAnAccountOrStoppedIsAConflict() {
        assertThat(refusalOf(profile(null, null, false))).isEqualTo(ProblemKind.UNPROCESSABLE);
        assertThat(refusalOf(profile("anna@example.nl", "kc-user", false))).isEqualTo(ProblemKind.CONFLICT);
        assertThat(refusalOf(profile("anna@example.nl", null, true))).isEqualTo(ProblemKind.CONFLICT);
        assertThat(refusalOf(profile(null, "kc-user", false))).as("an account wins over no e-mail")
                .isEqualTo(ProblemKind.CONFLICT);
    }

    @Test
    void theUserHasTheEmailAsUsernameTheNameSplitAndTheProfileAndLocaleAsAttributes() {
        KeycloakUser user = InvitationRules.userFor(profile("anna@example.nl", null, false));
        assertThat(user.username()).isEqualTo("anna@example.nl");
        assertThat(user.email()).isEqualTo("anna@example.nl");
        assertThat(user.firstName()).isEqualTo("Anna");
        assertThat(user.lastName()).isEqualTo("de Vries");
        assertThat(user.enabled()).isTrue();
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.attributes()).isEqualTo(Map.of("volunteerId", List.of(ID.toString()), "locale", List.of("en")));
    }

    @Test
    void namesSplitAtTheFirstSpace() {
        assertThat(InvitationRules.nameOf("  Jan   van der  Berg ")).isEqualTo(new InvitationRules.Name("Jan",
                "van der Berg"));
        assertThat(InvitationRules.nameOf("Cher")).isEqualTo(new InvitationRules.Name("Cher", null));
        assertThat(InvitationRules.nameOf(" ")).isEqualTo(new InvitationRules.Name(null, null));
    }

    @Test
    void anInvitationExpiresAfterItsLifespan() {
        OffsetDateTime sent = OffsetDateTime.parse("2026-12-02T10:00:00Z");
        assertThat(InvitationRules.expiresAt(sent, Duration.ofDays(7)))
                .isEqualTo(OffsetDateTime.parse("2026-12-09T10:00:00Z"));
    }

    @Test
    void theAdminUrlIsDerivedFromTheRealmUrl() {
        assertThat(KeycloakAccounts.adminUrlOf("http://localhost:8180/realms/talentenbureau"))
                .isEqualTo("http://localhost:8180/admin/realms/talentenbureau");
        assertThat(KeycloakAccounts.adminUrlOf("https://auth.example.org/kc/realms/talentenbureau/"))
                .isEqualTo("https://auth.example.org/kc/admin/realms/talentenbureau");
        assertThatThrownBy(() -> KeycloakAccounts.adminUrlOf("http://localhost:8180"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLinkOnlyAsksForAPassword() {
        assertThat(KeycloakAccounts.INVITATION_ACTIONS).containsExactly("UPDATE_PASSWORD");
    }
}
