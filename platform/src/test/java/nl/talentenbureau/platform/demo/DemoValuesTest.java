package nl.talentenbureau.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DemoValuesTest {

    private static final Map<String, List<String>> DECLARED = Map.of(
            "quarkus.datasource.password", List.of("talentenbureau", "demo-volunteer-db"),
            "quarkus.oidc-client.credentials.secret", List.of("volunteer-service-secret"));

    @Test
    void aDefaultOrADemoEnvValueIsFound() {
        Map<String, String> set = Map.of("quarkus.datasource.password", "demo-volunteer-db",
                "quarkus.oidc-client.credentials.secret", "volunteer-service-secret");

        assertThat(DemoValues.stillDemo(DECLARED, key -> Optional.ofNullable(set.get(key))))
                .containsExactly("quarkus.datasource.password", "quarkus.oidc-client.credentials.secret");
    }

    @Test
    void ownSecretsAndUnsetKeysPass() {
        Map<String, String> set = Map.of("quarkus.datasource.password", "Xq7-a-secret-of-our-own");

        assertThat(DemoValues.stillDemo(DECLARED, key -> Optional.ofNullable(set.get(key)))).isEmpty();
    }

    @Test
    void aValueThatOnlyContainsTheDemoValueIsNotTheDemoValue() {
        Map<String, String> set = Map.of("quarkus.datasource.password", "talentenbureau-but-longer");

        assertThat(DemoValues.stillDemo(DECLARED, key -> Optional.ofNullable(set.get(key)))).isEmpty();
    }

    @Test
    void theRefusalNamesTheSettingsAndBothWaysOutButNoValue() {
        String refusal = DemoValues.refusal("volunteer-service",
                List.of("quarkus.datasource.password (VOLUNTEER_DB_PASSWORD)"));

        assertThat(refusal).contains("volunteer-service", "prod profile", "VOLUNTEER_DB_PASSWORD",
                "TALENTENBUREAU_DEMO=true").doesNotContain("talentenbureau,");
    }
}
