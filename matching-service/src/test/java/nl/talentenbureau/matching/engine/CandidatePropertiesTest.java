package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.support.RandomInstances.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.NaiveMatcher;
import nl.talentenbureau.matching.support.RandomInstances;
import nl.talentenbureau.matching.support.TestCatalog;

/**
 * Properties over many random instances (each trial has its own seed, named when it fails). The naive matcher is
 * the oracle: written from the rules, with objects, a stream filter and a full sort.
 */
class CandidatePropertiesTest {

    private static final int TRIALS = 300;
    private static final int REQUESTERS = 8;

    private static VolunteerIndex index(List<VolunteerProfile> volunteers, Weights weights) {
        return VolunteerIndex.build(volunteers, TestCatalog.DISTANCES, TestCatalog.TALENTS, TestCatalog.TRAININGS,
                weights);
    }

    private static Weights randomWeights(RandomInstances random) {
        return new Weights(random.random().nextInt(0, 5), random.random().nextInt(0, 5),
                random.random().nextInt(0, 5), random.random().nextInt(0, 5), 1 + random.random().nextInt(0, 5));
    }

    @Test
    void aVolunteerFailingAHardFilterIsNeverReturned() {
        for (long seed = 0; seed < TRIALS; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            List<VolunteerProfile> volunteers = random.volunteers(40, REQUESTERS);
            HelpRequest request = random.request(REQUESTERS);
            NaiveMatcher rules = new NaiveMatcher(volunteers, TestCatalog.DISTANCES, TestCatalog.TRAININGS,
                    Weights.DEFAULT);
            Map<UUID, VolunteerProfile> byId = byId(volunteers);

            Candidates answer = index(volunteers, Weights.DEFAULT).candidates(request, TODAY, 40);

            for (Candidate candidate : answer.candidates()) {
                assertThat(rules.failure(byId.get(candidate.volunteerId()), request, TODAY)).as("seed %d", seed)
                        .isEmpty();
            }
            assertThat(answer.excluded()).as("seed %d", seed).isEqualTo(rules.excluded(request, TODAY));
            assertThat(answer.eligible() + answer.excluded().values().stream().mapToInt(Integer::intValue).sum())
                    .as("seed %d", seed).isEqualTo(volunteers.size());
        }
    }

    @Test
    void scoresAndEveryComponentStayBetweenZeroAndOne() {
        for (long seed = 0; seed < TRIALS; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            List<VolunteerProfile> volunteers = random.volunteers(40, REQUESTERS);
            Weights weights = randomWeights(random);

            Candidates answer = index(volunteers, weights).candidates(random.request(REQUESTERS), TODAY, 40);

            for (Candidate candidate : answer.candidates()) {
                assertThat(candidate.score()).as("seed %d", seed).isBetween(0.0, 1.0);
                for (ComponentScore component : candidate.components()) {
                    assertThat(component.value()).as("seed %d %s", seed, component).isBetween(0.0, 1.0);
                }
                double weighted = candidate.components().stream().mapToDouble(c -> c.value() * c.weight()).sum();
                assertThat(candidate.score()).as("seed %d", seed).isCloseTo(weighted,
                        within(1e-9));
            }
        }
    }

    @Test
    void theRankingDoesNotDependOnTheOrderOfTheProfiles() {
        for (long seed = 0; seed < TRIALS; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            List<VolunteerProfile> volunteers = random.volunteers(40, REQUESTERS);
            HelpRequest request = random.request(REQUESTERS);
            List<VolunteerProfile> shuffled = new ArrayList<>(volunteers);
            Collections.shuffle(shuffled, new Random(seed));

            Candidates answer = index(volunteers, Weights.DEFAULT).candidates(request, TODAY, 10);
            Candidates again = index(shuffled, Weights.DEFAULT).candidates(request, TODAY, 10);

            assertThat(again).as("seed %d", seed).isEqualTo(answer);
        }
    }

    @Test
    void theTopKIsTheStartOfTheFullySortedEligibleList() {
        for (long seed = 0; seed < TRIALS; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            List<VolunteerProfile> volunteers = random.volunteers(60, REQUESTERS);
            HelpRequest request = random.request(REQUESTERS);
            Weights weights = randomWeights(random);
            int k = random.random().nextInt(0, 12);
            NaiveMatcher naive = new NaiveMatcher(volunteers, TestCatalog.DISTANCES, TestCatalog.TRAININGS, weights);

            Candidates answer = index(volunteers, weights).candidates(request, TODAY, k);

            List<NaiveMatcher.Scored> expected = naive.top(request, TODAY, k);
            assertThat(answer.candidates()).as("seed %d", seed)
                    .extracting(c -> new NaiveMatcher.Scored(c.volunteerId(), c.score()))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void eligibleListsExactlyTheVolunteersPassingEveryFilterWithTheirScores() {
        for (long seed = 0; seed < TRIALS; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            List<VolunteerProfile> volunteers = random.volunteers(40, REQUESTERS);
            HelpRequest request = random.request(REQUESTERS);
            VolunteerIndex index = index(volunteers, Weights.DEFAULT);
            NaiveMatcher naive = new NaiveMatcher(volunteers, TestCatalog.DISTANCES, TestCatalog.TRAININGS,
                    Weights.DEFAULT);

            Eligible eligible = index.eligible(request, TODAY);

            Map<UUID, Double> expected = new HashMap<>();
            naive.top(request, TODAY, Integer.MAX_VALUE).forEach(s -> expected.put(s.volunteerId(), s.score()));
            Map<UUID, Double> actual = new HashMap<>();
            for (int e = 0; e < eligible.size(); e++) {
                actual.put(index.id(eligible.positions()[e]), eligible.scores()[e]);
            }
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        }
    }

    private static Map<UUID, VolunteerProfile> byId(List<VolunteerProfile> volunteers) {
        return volunteers.stream().collect(Collectors.toMap(VolunteerProfile::id,
                Function.identity()));
    }
}
