package nl.talentenbureau.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** deploy/compose/compose.yaml read as typed objects and checked against the services, like deploy/k8s. */
class ComposeTest {

    /** The part of the Compose file format the stack uses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Compose(String name, Map<String, ComposeService> services, Map<String, Object> volumes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComposeService(String image, List<String> command, Map<String, String> environment, List<String> ports,
            List<String> volumes, @JsonProperty("depends_on") Object dependsOn) {
    }

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(:\\?[^}]*)?}");
    private static final Path DIRECTORY = Repository.path("deploy/compose");
    private static Compose compose;

    @BeforeAll
    static void read() throws IOException {
        compose = Kustomize.YAML.readValue(DIRECTORY.resolve("compose.yaml").toFile(), Compose.class);
    }

    @Test
    void runsPostgresKeycloakAndEveryService() {
        // "mail" is GreenMail: every mail of the demo stays there
        Set<String> expected = new TreeSet<>(Set.of("postgres", "keycloak", "mail"));
        Repository.services().forEach(s -> expected.add(s.module()));
        assertThat(compose.services().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        System.out.printf("ComposeTest: %d services in compose.yaml%n", compose.services().size());
    }

    @Test
    void eachServiceRunsItsJibImageOnItsHttpPort() {
        for (ServiceConfiguration service : Repository.services()) {
            ComposeService composed = compose.services().get(service.module());
            assertThat(composed.image())
                    .isEqualTo("talentenbureau/" + service.module() + ":" + Repository.projectVersion());
            assertThat(composed.ports()).containsExactly(service.httpPort() + ":" + service.httpPort());
        }
    }

    @Test
    void everyEnvironmentVariableIsReadByItsServiceAndEveryClusterDefaultIsSet() {
        int checked = 0;
        for (ServiceConfiguration service : Repository.services()) {
            Map<String, String> environment = compose.services().get(service.module()).environment();
            for (String name : environment.keySet()) {
                assertThat(service.reads(name)).as(service.module() + " reads " + name).isTrue();
                checked++;
            }
            for (ServiceConfiguration.Placeholder placeholder : service.placeholders().values()) {
                // the gateway's own public address is right as it is: the stack publishes it on localhost:8080
                boolean rightOnOneHost = placeholder.name().startsWith("GATEWAY_PUBLIC_URL")
                        || placeholder.name().equals("GATEWAY_CORS_ORIGINS")
                        || placeholder.property().equals("quarkus.http.port");
                boolean mustBeSet = placeholder.defaultValue().contains("localhost") && !rightOnOneHost
                        || ManifestsTest.SECRET_NAME.matcher(placeholder.name()).matches();
                if (mustBeSet) {
                    assertThat(environment).as(service.module()).containsKey(placeholder.name());
                }
            }
        }
        System.out.printf("ComposeTest: %d environment variables checked against the services%n", checked);
    }

    /** Secrets come from the env file (${NAME:?...}), never written into compose.yaml. */
    @Test
    void noSecretInPlainTextAndTheDemoEnvFileDefinesEveryVariable() throws IOException {
        Properties demo = new Properties();
        demo.load(new StringReader(Files.readString(DIRECTORY.resolve("demo.env"))));
        for (Map.Entry<String, ComposeService> service : compose.services().entrySet()) {
            Map<String, String> environment = service.getValue().environment() == null
                    ? Map.of()
                    : service.getValue().environment();
            for (Map.Entry<String, String> env : environment.entrySet()) {
                Matcher interpolation = INTERPOLATION.matcher(env.getValue());
                if (ManifestsTest.SECRET_NAME.matcher(env.getKey()).matches()) {
                    assertThat(interpolation.matches()).as(service.getKey() + " " + env.getKey()).isTrue();
                }
                while (interpolation.find()) {
                    assertThat(demo.stringPropertyNames()).as("demo.env defines " + interpolation.group(1))
                            .contains(interpolation.group(1));
                }
            }
        }
    }

    @Test
    void keycloakImportsTheRealmFileAndPostgresCreatesEveryDatabase() throws IOException {
        ComposeService keycloak = compose.services().get("keycloak");
        assertThat(keycloak.command()).contains("--import-realm");
        assertThat(keycloak.volumes()).anySatisfy(volume -> {
            String source = volume.split(":")[0];
            assertThat(DIRECTORY.resolve(source).normalize())
                    .isEqualTo(RealmImports.composeRealmFile());
            assertThat(volume).contains(":/opt/keycloak/data/import/");
        });
        // the production realm's placeholders for the service clients' secrets: from the env file, as the services'
        for (String client : RealmImports.serviceClients()) {
            assertThat(keycloak.environment()).as("keycloak " + RealmImports.placeholder(client))
                    .containsKey(RealmImports.placeholder(client));
            assertThat(keycloak.environment().get(RealmImports.placeholder(client))).startsWith("${");
        }
        String init = Files.readString(DIRECTORY.resolve("init-databases.sh"));
        ComposeService postgres = compose.services().get("postgres");
        assertThat(postgres.volumes()).anyMatch(v -> v.startsWith("./init-databases.sh:/docker-entrypoint-initdb.d/"));
        for (ComposeService service : compose.services().values()) {
            Map<String, String> environment = service.environment() == null ? Map.of() : service.environment();
            environment.forEach((name, value) -> {
                if (value.startsWith("jdbc:postgresql://postgres:5432/")) {
                    String database = value.substring(value.lastIndexOf('/') + 1);
                    assertThat(init).as(name).contains("create " + database + " ");
                }
            });
        }
    }
}
