package nl.talentenbureau.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void weightsAreNormalisedToSumOne() {
        Weights weights = new Weights(2, 1, 1, 0, 0);

        assertThat(weights.skills()).isEqualTo(0.5);
        assertThat(weights.availability()).isEqualTo(0.25);
        assertThat(weights.continuity()).isZero();
    }

    @Test
    void defaultsSumToOne() {
        Weights w = Weights.DEFAULT;

        assertThat(w.skills() + w.availability() + w.distance() + w.load() + w.continuity()).isCloseTo(1.0,
                within(1e-12));
    }

    @Test
    void scoreIsTheWeightedSum() {
        Weights weights = new Weights(1, 1, 0, 0, 0);

        assertThat(weights.score(1.0, 0.5, 1.0, 1.0, 1.0)).isEqualTo(0.75);
    }

    @Test
    void rejectsNegativeOrMissingWeights() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Weights(-1, 1, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Weights(Double.NaN, 1, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Weights(0, 0, 0, 0, 0))
                .withMessageContaining("at least one weight");
    }
}
