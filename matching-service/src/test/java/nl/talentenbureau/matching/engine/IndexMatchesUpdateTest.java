package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.support.RequestBuilder.aRequest;
import static nl.talentenbureau.matching.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.TestCatalog;

/** {@link VolunteerIndex#withMatches}: one volunteer's live matches and helped requesters replaced without a rebuild. */
class IndexMatchesUpdateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final VolunteerProfile ann = aVolunteer().withId(1).inKern("breukelen").withLoad(0, 2).build();
    private final VolunteerProfile ben = aVolunteer().withId(2).inKern("breukelen").withLoad(0, 2)
            .helped("requester-1").build();
    private final VolunteerProfile cor = aVolunteer().withId(3).inKern("kockengen").withLoad(1, 1).build();
    private final VolunteerIndex index = VolunteerIndex.build(List.of(ann, ben, cor), TestCatalog.DISTANCES,
            TestCatalog.TALENTS, TestCatalog.TRAININGS, Weights.DEFAULT);

    private static HelpRequest from(String requester) {
        return aRequest().inKern("breukelen").from(requester).build();
    }

    private static Candidate of(Candidates answer, VolunteerProfile volunteer) {
        return answer.candidates().stream().filter(c -> c.volunteerId().equals(volunteer.id())).findFirst()
                .orElseThrow();
    }

    @Test
    void aLiveMatchLowersTheLoadAndAFullVolunteerIsExcluded() {
        VolunteerIndex updated = index.withMatches(ann.id(), 1, Set.of());

        Candidates answer = updated.candidates(from("requester-9"), TODAY, 10);
        assertThat(of(answer, ann).component(Component.LOAD).value()).isEqualTo(0.5);
        assertThat(of(answer, ann).component(Component.LOAD).reason()).isEqualTo("1 of 2 places taken");
        assertThat(updated.activeMatches(ann.id())).isEqualTo(1);
        // the original index is unchanged
        assertThat(index.activeMatches(ann.id())).isZero();

        Candidates full = index.withMatches(ann.id(), 2, Set.of()).candidates(from("requester-9"), TODAY, 10);
        assertThat(full.candidates()).extracting(Candidate::volunteerId).doesNotContain(ann.id());
        assertThat(full.excluded().get(Exclusion.AT_CAPACITY)).isEqualTo(2);

        Candidates freed = index.withMatches(cor.id(), 0, Set.of()).candidates(from("requester-9"), TODAY, 10);
        assertThat(freed.candidates()).extracting(Candidate::volunteerId).contains(cor.id());
    }

    @Test
    void helpedRequestersAreAddedAndRemoved() {
        VolunteerIndex updated = index.withMatches(ann.id(), 1, Set.of("requester-1", "requester-2"));
        Candidates one = updated.candidates(from("requester-1"), TODAY, 10);
        assertThat(of(one, ann).component(Component.CONTINUITY).value()).isEqualTo(1.0);
        assertThat(of(one, ann).component(Component.CONTINUITY).reason()).isEqualTo("helped this requester before");
        assertThat(of(one, ben).component(Component.CONTINUITY).value()).isEqualTo(1.0);
        assertThat(of(updated.candidates(from("requester-2"), TODAY, 10), ann).component(Component.CONTINUITY)
                .value()).isEqualTo(1.0);

        VolunteerIndex removed = updated.withMatches(ben.id(), 0, Set.of()).withMatches(ann.id(), 0,
                Set.of("requester-2"));
        Candidates after = removed.candidates(from("requester-1"), TODAY, 10);
        assertThat(of(after, ann).component(Component.CONTINUITY).value()).isZero();
        assertThat(of(after, ben).component(Component.CONTINUITY).value()).isZero();
        // scores through the hot loop agree with the explanations
        for (Candidate c : after.candidates()) {
            assertThat(c.score()).isBetween(0.0, 1.0);
        }
        assertThat(of(removed.candidates(from("requester-2"), TODAY, 10), ann).component(Component.CONTINUITY)
                .value()).isEqualTo(1.0);
    }

    @Test
    void theSameAnswerAsARebuildWithTheNewCounts() {
        VolunteerIndex updated = index.withMatches(ann.id(), 1, Set.of("requester-1"));
        VolunteerIndex rebuilt = VolunteerIndex.build(List.of(ann.withActiveMatches(1), ben, cor),
                TestCatalog.DISTANCES, TestCatalog.TALENTS, TestCatalog.TRAININGS, Weights.DEFAULT);
        Candidates a = updated.candidates(from("requester-1"), TODAY, 10);
        Candidates b = rebuilt.candidates(from("requester-1"), TODAY, 10);
        // ann's continuity differs (the rebuild has no helped set for her): compare the load only
        assertThat(of(a, ann).component(Component.LOAD).value()).isEqualTo(of(b, ann).component(Component.LOAD)
                .value());
        assertThat(a.excluded()).isEqualTo(b.excluded());
        Map<UUID, Double> scores = Map.of(ben.id(), of(a, ben).score());
        assertThat(of(b, ben).score()).isEqualTo(scores.get(ben.id()));
    }

    @Test
    void anUnknownVolunteerLeavesTheIndexAsItIsAndNegativeCountsAreRefused() {
        assertThat(index.withMatches(UUID.randomUUID(), 1, Set.of())).isSameAs(index);
        assertThat(index.activeMatches(UUID.randomUUID())).isEqualTo(-1);
        assertThatIllegalArgumentException().isThrownBy(() -> index.withMatches(ann.id(), -1, Set.of()));
    }
}
