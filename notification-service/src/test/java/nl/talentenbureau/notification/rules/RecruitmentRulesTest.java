package nl.talentenbureau.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** One mail per step of an application or a sign-up, to the applicant, keyed once; old steps send nothing. */
class RecruitmentRulesTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final UUID ID = UUID.fromString("9c4d2e1f-0a3b-4c5d-8e6f-7a8b9c0d1e2f");

    private final RecruitmentRules rules = new RecruitmentRules(Duration.ofDays(2));

    @Test
    void eachStepOfAnApplicationIsOneMailToTheApplicant() {
        List<Planned> planned = rules.plan("application", "ApplicationIntakePlanned", ID, 3L, NOW, NOW);
        assertThat(planned).hasSize(1);
        Planned mail = planned.getFirst();
        assertThat(mail.kind()).isEqualTo(Kind.INTAKE_PLANNED);
        assertThat(mail.audience()).isEqualTo(Audience.APPLICANT);
        assertThat(mail.recipient()).isEqualTo(ID.toString());
        assertThat(mail.organisation()).isNull();
        assertThat(mail.key()).isEqualTo("application:" + ID + ":3:INTAKE_PLANNED");
        assertThat(mail.facts()).containsOnlyKeys("applicationId");
        assertThat(RecruitmentRules.kindOf("ApplicationSubmitted")).contains(Kind.APPLICATION_CONFIRM);
        assertThat(RecruitmentRules.kindOf("ApplicationConfirmed")).contains(Kind.APPLICATION_RECEIVED);
        assertThat(RecruitmentRules.kindOf("ApplicationAccepted")).contains(Kind.APPLICATION_ACCEPTED);
        assertThat(RecruitmentRules.kindOf("ApplicationDeclined")).contains(Kind.APPLICATION_DECLINED);
    }

    @Test
    void aSignUpIsConfirmedAndLaterInvitedAndAConfirmationSendsNothing() {
        assertThat(rules.plan("outreach-signup", "OutreachSignedUp", ID, null, NOW, NOW)).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("signup:" + ID + ":SIGNUP_CONFIRM"));
        assertThat(rules.plan("outreach-signup", "OutreachInvitedToApply", ID, null, NOW, NOW)).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.EVENT_INVITATION));
        assertThat(rules.plan("outreach-signup", "OutreachSignupConfirmed", ID, null, NOW, NOW)).isEmpty();
        assertThat(rules.plan("application", "SomethingElse", ID, 1L, NOW, NOW)).isEmpty();
    }

    @Test
    void aStepOlderThanTheMaximumAgeSendsNothing() {
        assertThat(rules.plan("application", "ApplicationSubmitted", ID, 0L, NOW.minus(Duration.ofDays(3)), NOW))
                .isEmpty();
        assertThat(rules.plan("application", "ApplicationSubmitted", ID, 0L, NOW.minus(Duration.ofDays(1)), NOW))
                .hasSize(1);
    }

    @Test
    void onlyTheConfirmationMailsNeedAnUnusedToken() {
        assertThat(Kind.APPLICATION_CONFIRM.confirmsAddress()).isTrue();
        assertThat(Kind.SIGNUP_CONFIRM.confirmsAddress()).isTrue();
        assertThat(Kind.APPLICATION_RECEIVED.confirmsAddress()).isFalse();
        assertThat(Kind.EVENT_INVITATION.confirmsAddress()).isFalse();
    }
}
