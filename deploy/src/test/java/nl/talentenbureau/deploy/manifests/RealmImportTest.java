package nl.talentenbureau.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/** Both overlays import the realm of deploy/keycloak; production without anything of the demo. */
class RealmImportTest {

    private static final String WRITE_AGAIN = "write the realm imports again: ./mvnw -pl deploy -am test "
            + "-Dtest=RealmImportTest -Dsurefire.failIfNoSpecifiedTests=false -Drealm-imports.write";

    @BeforeAll
    static void writeWhenAsked() {
        if (System.getProperty("realm-imports.write") != null) {
            RealmImports.write();
        }
    }

    @Test
    void theDemoImportsTheRealmFileAsItIs() {
        assertThat(read("demo")).as(WRITE_AGAIN).isEqualTo(RealmImports.demo());
    }

    @Test
    void productionImportsTheRealmWithoutTheDemo() {
        JsonNode production = read("production");
        assertThat(production).as(WRITE_AGAIN).isEqualTo(RealmImports.production());

        JsonNode realm = production.path("spec").path("realm");
        assertThat(realm.path("users")).allSatisfy(user -> assertThat(user.path("username").asText())
                .startsWith("service-account-"));
        assertThat(realm.has("organizations")).isFalse();
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("clients")).noneSatisfy(c -> assertThat(c.path("directAccessGrantsEnabled")
                .asBoolean()).isTrue());
        // no demo secret anywhere; each client secret is a placeholder the operator fills from a Secret
        assertThat(RealmImports.strings(production)).doesNotContainAnyElementsOf(RealmImports.demoClientSecrets());
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                String placeholder = RealmImports.placeholder(client.path("clientId").asText());
                assertThat(client.path("secret").asText()).isEqualTo("${" + placeholder + "}");
                assertThat(production.path("spec").path("placeholders").path(placeholder).path("secret")
                        .path("name").asText()).isEqualTo(RealmImports.secretName(client.path("clientId").asText()));
            }
        }
        assertThat(RealmImports.serviceClients()).contains("matching-service", "web");
        JsonNode web = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("web")) {
                web = client;
            }
        }
        assertThat(web).as("the production realm keeps the web app's client").isNotNull();
        assertThat(web.path("redirectUris")).extracting(JsonNode::asText)
                .containsExactly(RealmImports.PRODUCTION_WEB_REDIRECT);
    }

    @Test
    void eachOverlayImportsIntoItsKeycloak() {
        for (Kustomize.Rendered overlay : ManifestsTest.overlays()) {
            GenericKubernetesResource realmImport = overlay.custom("KeycloakRealmImport").get(0);
            assertThat(realmImport.getMetadata().getName()).isEqualTo(RealmImports.NAME);
            assertThat(ManifestsTest.spec(realmImport).path("keycloakCRName").asText())
                    .isEqualTo(overlay.custom("Keycloak").get(0).getMetadata().getName());
        }
    }

    private static JsonNode read(String overlay) {
        return Kustomize.readTree(RealmImports.file(overlay));
    }
}
