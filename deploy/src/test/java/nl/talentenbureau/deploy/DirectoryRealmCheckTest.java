package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DirectoryRealmCheckTest {

    @Test
    void theSameAliasesAreInStep() {
        DirectoryRealmCheck.Drift drift = DirectoryRealmCheck.compare(Set.of("leef", "kwadraad"),
                Set.of("kwadraad", "leef"));
        assertThat(drift.inStep()).isTrue();
        assertThat(drift).hasToString("directory and realm in step");
    }

    @Test
    void eachSideNamesWhatTheOtherLacks() {
        DirectoryRealmCheck.Drift drift = DirectoryRealmCheck.compare(Set.of("leef", "oud-clubje"),
                Set.of("leef", "kwadraad"));
        assertThat(drift.inStep()).isFalse();
        assertThat(drift.missingInTheRealm()).containsExactly("oud-clubje");
        assertThat(drift.missingInTheDirectory()).containsExactly("kwadraad");
    }

    @Test
    void theDemoDirectoryHasAnEntryForEveryOrganisationOfTheDemoRealm() {
        Set<String> realm = DemoDirectory.realmOrganisations().stream().map(DemoDirectory.Organisation::alias)
                .collect(Collectors.toSet());
        assertThat(realm).contains("welzijn-stichtse-vecht", "handjehelpen");
        for (DemoDirectory.Organisation organisation : DemoDirectory.realmOrganisations()) {
            assertThat(DemoDirectory.entry(organisation)).containsKeys("name", "offers", "openingHours", "contact");
        }
    }
}
