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

    /** The production realm holds against guessing and phishing, and records who signed in and what admins did. */
    @Test
    void theProductionRealmHasNoDeviceGrantAPasswordPolicyBruteForceDetectionAndEvents() {
        JsonNode realm = read("production").path("spec").path("realm");

        assertThat(realm.path("clients")).noneSatisfy(c -> assertThat(c.path("attributes")
                .path(RealmImports.DEVICE_GRANT).asText()).isEqualTo("true"));
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)", "notUsername", "notEmail",
                "passwordHistory");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(realm.path("eventsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("eventsExpiration").asLong()).isPositive();
        assertThat(realm.path("adminEventsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("adminEventsDetailsEnabled").asBoolean()).isFalse();
        // the demo keeps its device grant for the CLI client (deploy/README.md)
        assertThat(RealmImports.realm().path("clients")).anySatisfy(c -> assertThat(c.path("attributes")
                .path(RealmImports.DEVICE_GRANT).asText()).isEqualTo("true"));
    }

    /** Compose imports the production realm: no demo user, no demo secret, no organisation of the demo. */
    @Test
    void composeImportsTheProductionRealmWithoutTheDemosUsersOrSecrets() throws Exception {
        String file = java.nio.file.Files.readString(RealmImports.composeRealmFile());
        assertThat(file).as(WRITE_AGAIN).isEqualTo(RealmImports.composeRealm());

        JsonNode realm = Kustomize.readTree(file);
        assertThat(realm.path("users")).isNotEmpty().allSatisfy(user -> {
            assertThat(user.path("username").asText()).startsWith("service-account-");
            assertThat(user.has("credentials")).isFalse();
        });
        assertThat(RealmImports.strings(realm)).doesNotContainAnyElementsOf(RealmImports.demoClientSecrets());
        assertThat(realm.has("organizations")).isFalse();
        // nor a demo user's e-mail address or name anywhere (a role may share a name with a user: admin)
        for (JsonNode user : RealmImports.realm().path("users")) {
            if (user.hasNonNull("email")) {
                assertThat(file).doesNotContain(user.path("email").asText());
            }
        }
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
