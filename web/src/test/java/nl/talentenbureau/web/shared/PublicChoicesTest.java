package nl.talentenbureau.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.web.shared.api.PublicApi;

class PublicChoicesTest {

    private static final PublicApi.Catalog CATALOG = new PublicApi.Catalog(
            List.of(new PublicApi.Kern("breukelen", "Breukelen")),
            List.of(new PublicApi.Named("digital", "Digitale vitaliteit", "Digital vitality")), List.of(), List.of());

    @Test
    void aKernOrThemeTheCatalogueDoesNotKnowIsNamedAsItsField() {
        assertThat(PublicChoices.unknown("breukelen", "digital", CATALOG)).isEmpty();
        assertThat(PublicChoices.unknown(null, null, CATALOG)).isEmpty();
        assertThat(PublicChoices.unknown("atlantis", "digital", CATALOG)).containsExactly("kern");
        assertThat(PublicChoices.unknown("atlantis", "vliegen", CATALOG)).containsExactly("kern", "theme");
    }

    @Test
    void withoutACatalogueEveryFilterGoesToTheApiWhichChecksIt() {
        PublicApi.Catalog none = new PublicApi.Catalog(null, null, null, null);
        assertThat(PublicChoices.unknown("atlantis", "vliegen", none)).isEmpty();
    }

    @Test
    void anIdThatIsNotAUuidIsNone() {
        assertThat(PublicChoices.uuid("5d2e8a47-1c3b-4e9f-8a6d-7b0c2e4f6a18")).isNotNull();
        assertThat(PublicChoices.uuid("not-a-vacancy")).isNull();
        assertThat(PublicChoices.uuid(null)).isNull();
    }
}
