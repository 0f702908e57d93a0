package nl.talentenbureau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** {@link Caller#organisationsOf}: the shapes Keycloak's {@code organization} claim comes in. */
class CallerOrganisationsTest {

    @Test
    void listOfAliasesGivesEveryAliasSorted() {
        Object claim = Json.createArrayBuilder().add("welzijn-stichtse-vecht").add("vitis-welzijn").build();

        assertThat(Caller.organisationsOf(claim)).containsExactly("vitis-welzijn", "welzijn-stichtse-vecht");
    }

    @Test
    void listWithOneAliasGivesThatAlias() {
        Object claim = Json.createArrayBuilder().add("welzijn-stichtse-vecht").build();

        assertThat(Caller.organisationsOf(claim)).containsExactly("welzijn-stichtse-vecht");
    }

    @Test
    void sameAliasTwiceCountsOnce() {
        Object claim = Json.createArrayBuilder().add("vitis-welzijn").add("vitis-welzijn").build();

        assertThat(Caller.organisationsOf(claim)).containsExactly("vitis-welzijn");
    }

    @Test
    void nonStringEntriesOfTheListAreIgnored() {
        Object claim = Json.createArrayBuilder().add("vitis-welzijn").add(42).add(true).addNull()
                .add(Json.createObjectBuilder().add("id", "x")).build();

        assertThat(Caller.organisationsOf(claim)).containsExactly("vitis-welzijn");
    }

    @Test
    void objectKeyedByAliasGivesTheAliases() {
        Object claim = Json.createObjectBuilder()
                .add("welzijn-stichtse-vecht", Json.createObjectBuilder().add("id", "4f1c"))
                .add("vitis-welzijn", Json.createObjectBuilder().add("id", "9a2b"))
                .build();

        assertThat(Caller.organisationsOf(claim)).containsExactly("vitis-welzijn", "welzijn-stichtse-vecht");
    }

    @Test
    void singleJsonStringGivesThatAlias() {
        assertThat(Caller.organisationsOf(Json.createValue("vitis-welzijn"))).containsExactly("vitis-welzijn");
    }

    @Test
    void plainStringGivesThatAlias() {
        assertThat(Caller.organisationsOf("vitis-welzijn")).containsExactly("vitis-welzijn");
    }

    @Test
    void plainListOfStringsGivesEveryAlias() {
        assertThat(Caller.organisationsOf(List.of("b-org", "a-org"))).containsExactly("a-org", "b-org");
    }

    @Test
    void missingClaimGivesNoOrganisation() {
        assertThat(Caller.organisationsOf(null)).isEmpty();
    }

    @Test
    void claimOfAnotherShapeGivesNoOrganisation() {
        assertThat(Caller.organisationsOf(42)).isEmpty();
        assertThat(Caller.organisationsOf(JsonValue.TRUE)).isEmpty();
        assertThat(Caller.organisationsOf(Json.createValue(42))).isEmpty();
    }

    @Test
    void blankAliasesAreDropped() {
        Object claim = Json.createArrayBuilder().add("").add("  ").add("vitis-welzijn").build();

        assertThat(Caller.organisationsOf(claim)).containsExactly("vitis-welzijn");
        assertThat(Caller.organisationsOf("  ")).isEmpty();
        assertThat(Caller.organisationsOf(Json.createValue(""))).isEmpty();
        assertThat(Caller.organisationsOf(Json.createObjectBuilder().add(" ", JsonValue.EMPTY_JSON_OBJECT).build()))
                .isEmpty();
    }

    @Test
    void emptyListAndEmptyObjectGiveNoOrganisation() {
        assertThat(Caller.organisationsOf(JsonValue.EMPTY_JSON_ARRAY)).isEmpty();
        assertThat(Caller.organisationsOf(JsonValue.EMPTY_JSON_OBJECT)).isEmpty();
    }
}
