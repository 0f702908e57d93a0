package nl.talentenbureau.matching.suggestion;

import static nl.talentenbureau.matching.suggestion.SuggestionRule.Reason.EXPIRES;
import static nl.talentenbureau.matching.suggestion.SuggestionRule.Reason.MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.suggestion.SuggestionRule.Invitee;
import nl.talentenbureau.matching.suggestion.SuggestionRule.Member;
import nl.talentenbureau.matching.suggestion.SuggestionRule.Need;
import nl.talentenbureau.matching.suggestion.SuggestionRule.Suggestion;

class SuggestionRuleTest {

    static final String DEMENTIA = "dementia-basics";
    static final String FIRST_AID = "first-aid";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    final List<Member> members = new ArrayList<>();
    final List<Need> needs = new ArrayList<>();

    Member member(String status, Object... trainingUntil) {
        Map<String, LocalDate> trainings = new HashMap<>();
        for (int i = 0; i < trainingUntil.length; i += 2) {
            trainings.put((String) trainingUntil[i], (LocalDate) trainingUntil[i + 1]);
        }
        Member member = new Member(UUID.randomUUID(), status, trainings);
        members.add(member);
        return member;
    }

    Need need(LocalDate screeningDay, Set<String> trainings, Member... passing) {
        Set<UUID> ids = new HashSet<>();
        for (Member m : passing) {
            ids.add(m.id());
        }
        Need need = new Need(UUID.randomUUID(), screeningDay, trainings, ids);
        needs.add(need);
        return need;
    }

    Suggestion suggest(String training) {
        return SuggestionRule.suggest(training, TODAY, 60, members, needs);
    }

    @Test
    void aVolunteerWhoLacksOnlyThisTrainingForARequestIsInvited() {
        Member lacking = member("ACTIVE");
        Member holding = member("ACTIVE", DEMENTIA, null);
        need(TODAY, Set.of(DEMENTIA), lacking, holding);

        Suggestion s = suggest(DEMENTIA);

        assertThat(s.invitees()).extracting(Invitee::volunteerId).containsExactly(lacking.id());
        assertThat(s.invitees().getFirst().reasons()).containsExactly(MISSING);
        assertThat(s.invitees().getFirst().requests()).isEqualTo(1);
        assertThat(s.invitees().getFirst().expiresOn()).isNull();
        assertThat(s.openRequests()).isEqualTo(1);
        assertThat(s.qualifyingRequests()).isEqualTo(1);
    }

    @Test
    void whoFailsAnotherFilterOrLacksASecondTrainingTooIsNotInvitedForIt() {
        member("ACTIVE");
        Member lacksBoth = member("ACTIVE");
        // the first is not among those passing the other filters (too far, no VOG, at capacity...)
        need(TODAY, Set.of(DEMENTIA, FIRST_AID), lacksBoth);

        assertThat(suggest(DEMENTIA).invitees()).isEmpty();
        assertThat(suggest(FIRST_AID).invitees()).isEmpty();
        assertThat(suggest(DEMENTIA).openRequests()).isEqualTo(1);
        assertThat(suggest(DEMENTIA).qualifyingRequests()).isZero();
    }

    @Test
    void aTrainingRunningOutWithinTheHorizonIsAReasonOfItsOwn() {
        Member lastDay = member("ACTIVE", DEMENTIA, TODAY.plusDays(60));
        Member paused = member("PAUSED", DEMENTIA, TODAY);
        member("ACTIVE", DEMENTIA, TODAY.plusDays(61));
        member("ACTIVE", DEMENTIA, TODAY.minusDays(1));
        member("STOPPED", DEMENTIA, TODAY.plusDays(10));
        member("INTAKE", DEMENTIA, TODAY.plusDays(10));

        Suggestion s = suggest(DEMENTIA);

        assertThat(s.invitees()).extracting(Invitee::volunteerId).containsExactly(paused.id(), lastDay.id());
        assertThat(s.invitees()).allSatisfy(i -> assertThat(i.reasons()).containsExactly(EXPIRES));
        assertThat(s.invitees().getFirst().expiresOn()).isEqualTo(TODAY);
        assertThat(s.qualifyingRequests()).isZero();
    }

    @Test
    void anExpiringCandidateKeepsTheRequestsTheyQualifyForNowAndLosesThoseAfterTheExpiry() {
        Member expiring = member("ACTIVE", DEMENTIA, TODAY.plusDays(20));
        // recurring: screened today, when it still counts; one-off in a month, when it no longer does
        need(TODAY, Set.of(DEMENTIA), expiring);
        need(TODAY.plusDays(30), Set.of(DEMENTIA), expiring);

        Suggestion s = suggest(DEMENTIA);

        assertThat(s.invitees()).singleElement().satisfies(i -> {
            assertThat(i.reasons()).containsExactlyInAnyOrder(EXPIRES, MISSING);
            assertThat(i.requests()).isEqualTo(2);
            assertThat(i.expiresOn()).isEqualTo(TODAY.plusDays(20));
        });
        assertThat(s.qualifyingRequests()).isEqualTo(2);
    }

    @Test
    void twelveVolunteersForFiveRequestsMostRequestsFirst() {
        List<Member> lacking = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lacking.add(member("ACTIVE", FIRST_AID, null));
        }
        // five requests; the first volunteer passes the other filters of all five, the others of one each
        for (int r = 0; r < 5; r++) {
            List<Member> passing = new ArrayList<>(List.of(lacking.getFirst()));
            for (int i = 1 + r; i < 12; i += 5) {
                passing.add(lacking.get(i));
            }
            need(TODAY, Set.of(DEMENTIA, FIRST_AID), passing.toArray(Member[]::new));
        }
        need(TODAY, Set.of(FIRST_AID), lacking.toArray(Member[]::new));

        Suggestion s = suggest(DEMENTIA);

        assertThat(s.invitees()).hasSize(12);
        assertThat(s.openRequests()).isEqualTo(5);
        assertThat(s.qualifyingRequests()).isEqualTo(5);
        assertThat(s.invitees().getFirst().volunteerId()).isEqualTo(lacking.getFirst().id());
        assertThat(s.invitees().getFirst().requests()).isEqualTo(5);
        assertThat(s.invitees().subList(1, 12)).allSatisfy(i -> assertThat(i.requests()).isEqualTo(1));
    }
}
