package nl.talentenbureau.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.RandomInstances;
import nl.talentenbureau.matching.support.TestCatalog;

/** A large build lays the kernen out on several threads; the index is the one a build on one thread makes. */
class ParallelBuildTest {

    private static final LocalDate TODAY = RandomInstances.TODAY;
    private static final int VOLUNTEERS = IndexBuilder.PARALLEL_FROM + 5_000;

    private static VolunteerIndex build(List<VolunteerProfile> profiles, boolean parallel) {
        return IndexBuilder.build(profiles, TestCatalog.DISTANCES, TestCatalog.TALENTS, TestCatalog.TRAININGS,
                Weights.DEFAULT, parallel);
    }

    @Test
    void aParallelBuildAnswersAsABuildOnOneThread() {
        RandomInstances random = RandomInstances.allKernen(14);
        List<VolunteerProfile> volunteers = random.volunteers(VOLUNTEERS, 500);

        VolunteerIndex parallel = build(volunteers, true);
        VolunteerIndex sequential = build(volunteers, false);

        assertThat(parallel.size()).isEqualTo(sequential.size()).isEqualTo(VOLUNTEERS);
        for (int position = 0; position < VOLUNTEERS; position += 97) {
            assertThat(parallel.id(position)).isEqualTo(sequential.id(position));
        }
        for (int r = 0; r < 50; r++) {
            HelpRequest request = random.request(500);
            assertThat(parallel.candidates(request, TODAY, 10)).as("request %d", r)
                    .isEqualTo(sequential.candidates(request, TODAY, 10));
            Eligible a = parallel.eligible(request, TODAY);
            Eligible b = sequential.eligible(request, TODAY);
            assertThat(a.positions()).as("request %d", r).isEqualTo(b.positions());
            assertThat(a.scores()).as("request %d", r).isEqualTo(b.scores());
            assertThat(a.excluded()).as("request %d", r).isEqualTo(b.excluded());
        }
    }

    @Test
    void aParallelBuildStillRefusesAVolunteerListedTwice() {
        List<VolunteerProfile> volunteers = new ArrayList<>(RandomInstances.allKernen(15).volunteers(VOLUNTEERS, 500));
        volunteers.add(volunteers.get(1234));

        assertThatIllegalArgumentException().isThrownBy(() -> VolunteerIndex.build(volunteers,
                TestCatalog.DISTANCES, TestCatalog.TALENTS, TestCatalog.TRAININGS, Weights.DEFAULT))
                .withMessageContaining("twice");
    }
}
