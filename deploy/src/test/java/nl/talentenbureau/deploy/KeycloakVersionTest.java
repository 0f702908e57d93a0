package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeycloakVersionTest {

    @Test
    void launcherUnpacksTheVersionThePomResolves() {
        assertThat(LocalStack.KEYCLOAK_VERSION).isEqualTo(System.getProperty("keycloak.version"));
    }
}
