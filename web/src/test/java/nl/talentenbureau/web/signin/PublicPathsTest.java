package nl.talentenbureau.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    private final PublicPaths paths = new PublicPaths(List.of("/", "/taal", "/webjars/*", "/q/*"));

    @Test
    void anExactPathMatchesOnlyItself() {
        assertThat(paths.contains("/")).isTrue();
        assertThat(paths.contains("/taal")).isTrue();
        assertThat(paths.contains("/taal/x")).isFalse();
        assertThat(paths.contains("/taalcursus")).isFalse();
        assertThat(paths.contains("/mijn-matches")).isFalse();
    }

    @Test
    void aPrefixMatchesItselfAndWhatIsBelowIt() {
        assertThat(paths.contains("/webjars")).isTrue();
        assertThat(paths.contains("/webjars/htmx.org/2.0.7/dist/htmx.min.js")).isTrue();
        assertThat(paths.contains("/webjarsx")).isFalse();
        assertThat(paths.contains("/q/health")).isTrue();
    }
}
