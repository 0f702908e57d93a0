package nl.talentenbureau.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MatchRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final MatchRules rules = new MatchRules(Duration.ofHours(24), Duration.ofDays(2));
    private final UUID match = UUID.randomUUID();
    private final UUID volunteer = UUID.randomUUID();

    private MatchChange change(String type, String status, long version, Instant deadline, boolean automatic) {
        return new MatchChange(type, match, version, UUID.randomUUID(), volunteer, "welzijn", status, NOW, deadline,
                automatic, null);
    }

    @Test
    void aProposalSendsTheOfferNowAndARemindersADayBeforeTheDeadline() {
        Instant deadline = NOW.plus(Duration.ofHours(72));
        List<Planned> planned = rules.plan(change("MatchProposed", "PROPOSED", 1, deadline, false), NOW);

        assertThat(planned).extracting(Planned::kind).containsExactly(Kind.OFFER_NEW, Kind.OFFER_REMINDER);
        assertThat(planned.get(0).recipient()).isEqualTo(volunteer.toString());
        assertThat(planned.get(0).dueAt()).isEqualTo(NOW);
        assertThat(planned.get(1).dueAt()).isEqualTo(deadline.minus(Duration.ofHours(24)));
        assertThat(planned.get(0).key()).isEqualTo("match:" + match + ":1:OFFER_NEW:" + volunteer);
        assertThat(planned.get(0).facts()).containsEntry("answerDeadline", deadline.toString());
    }

    @Test
    void anOfferWithLessThanADayLeftGetsNoReminder() {
        List<Planned> planned = rules.plan(change("MatchProposed", "PROPOSED", 1, NOW.plus(Duration.ofHours(20)),
                false), NOW);
        assertThat(planned).extracting(Planned::kind).containsExactly(Kind.OFFER_NEW);
    }

    @Test
    void anAutomaticProposalAlsoTellsTheCoordinators() {
        List<Planned> planned = rules.plan(change("MatchProposed", "PROPOSED", 1, null, true), NOW);
        assertThat(planned).extracting(Planned::kind).containsExactly(Kind.OFFER_NEW, Kind.NEXT_CANDIDATE_OFFERED);
        Planned coordinators = planned.get(1);
        assertThat(coordinators.audience()).isEqualTo(Audience.COORDINATORS);
        assertThat(coordinators.recipient()).isEqualTo("welzijn");
        assertThat(coordinators.key()).isEqualTo("match:" + match + ":1:NEXT_CANDIDATE_OFFERED:org:welzijn");
    }

    @Test
    void answersGoToTheCoordinatorsAndEndingsToTheVolunteer() {
        assertThat(rules.plan(change("MatchAccepted", "ACCEPTED", 2, null, false), NOW)).extracting(Planned::kind)
                .containsExactly(Kind.OFFER_ACCEPTED);
        assertThat(rules.plan(change("MatchDeclined", "DECLINED", 2, null, false), NOW)).extracting(Planned::kind)
                .containsExactly(Kind.OFFER_DECLINED);
        assertThat(rules.plan(change("MatchExpired", "EXPIRED", 2, null, false), NOW)).extracting(Planned::kind)
                .containsExactly(Kind.OFFER_EXPIRED, Kind.OFFER_EXPIRED_COORDINATORS);
        assertThat(rules.plan(change("MatchWithdrawn", "WITHDRAWN", 2, null, false), NOW))
                .extracting(Planned::kind).containsExactly(Kind.OFFER_WITHDRAWN);
        assertThat(rules.plan(change("MatchActivated", "ACTIVE", 3, null, false), NOW)).extracting(Planned::kind)
                .containsExactly(Kind.MATCH_ACTIVATED);
        assertThat(rules.plan(change("MatchCompleted", "COMPLETED", 4, null, false), NOW)).isEmpty();
        assertThat(rules.plan(change("MatchEnded", "ENDED", 4, null, false), NOW)).isEmpty();
    }

    @Test
    void anOldEventOrAPassedDeadlineSendsNothingToTheVolunteer() {
        MatchChange old = new MatchChange("MatchProposed", match, 1, UUID.randomUUID(), volunteer, "welzijn",
                "PROPOSED", NOW.minus(Duration.ofDays(3)), null, false, null);
        assertThat(rules.plan(old, NOW)).isEmpty();
        assertThat(rules.plan(change("MatchProposed", "PROPOSED", 1, NOW.minusSeconds(1), false), NOW)).isEmpty();
    }

    @Test
    void everyStatusButProposedClosesTheOffer() {
        assertThat(MatchRules.closesTheOffer(change("MatchProposed", "PROPOSED", 1, null, false))).isFalse();
        assertThat(MatchRules.closesTheOffer(change("MatchAccepted", "ACCEPTED", 2, null, false))).isTrue();
    }
}
