package nl.talentenbureau.matching.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.support.TestCatalog;

class KernDistancesTest {

    private final KernDistances distances = TestCatalog.DISTANCES;

    @Test
    void aKernIsNoDistanceFromItself() {
        assertThat(distances.km("breukelen", "breukelen")).isZero();
    }

    @Test
    void breukelenToMaarssenDorpIsAboutFourAndAHalfKilometres() {
        // 0.0350 deg north = 3.89 km; 0.0369 deg east at 52.15 N = 2.52 km; sqrt(3.89^2 + 2.52^2) = 4.64
        assertThat(distances.km("breukelen", "maarssen-dorp")).isCloseTo(4.64, within(0.02));
    }

    @Test
    void breukelenToDrontenIsFarBeyondAnyTravelLimit() {
        assertThat(distances.km("breukelen", "dronten")).isBetween(60.0, 65.0);
    }

    @Test
    void theTableIsSymmetric() {
        for (int a = 0; a < distances.size(); a++) {
            for (int b = 0; b < distances.size(); b++) {
                assertThat(distances.km(a, b)).isEqualTo(distances.km(b, a));
            }
        }
    }

    @Test
    void rejectsAKernListedTwice() {
        Kern kern = new Kern("breukelen", 52.1717, 5.0017);

        assertThatIllegalArgumentException().isThrownBy(() -> new KernDistances(List.of(kern, kern)));
    }
}
