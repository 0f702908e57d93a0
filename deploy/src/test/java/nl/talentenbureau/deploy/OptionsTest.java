package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentsKeepDataAndLoadDemoData() {
        assertThat(Options.parse()).isEqualTo(new Options(false, true, false));
    }

    @Test
    void resetWipesData() {
        assertThat(Options.parse("--reset").reset()).isTrue();
    }

    @Test
    void noDemoDataSkipsTheLoad() {
        assertThat(Options.parse("--no-demo-data", "--reset")).isEqualTo(new Options(true, false, false));
    }

    @Test
    void helpInBothSpellings() {
        assertThat(Options.parse("--help").help()).isTrue();
        assertThat(Options.parse("-h").help()).isTrue();
    }

    @Test
    void unknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> Options.parse("--rest")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--rest");
    }
}
