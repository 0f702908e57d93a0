package nl.talentenbureau.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * deploy/k8s read as typed objects and checked against the services: images, ports, probes and environment
 * variables exist in each service's configuration; no secret in plain text; the production overlay scales out.
 */
class ManifestsTest {

    /** Environment variables that carry a secret: they must come from a Secret. */
    static final String DEMO_FLAG = "TALENTENBUREAU_DEMO";

    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY).*");

    static List<Kustomize.Rendered> overlays() {
        return List.of(Manifests.demo(), Manifests.production());
    }

    @Test
    void everyManifestReadsAsTypedObjects() {
        for (Kustomize.Rendered overlay : overlays()) {
            assertThat(overlay.resources()).allSatisfy(resource -> {
                assertThat(resource.getMetadata().getName()).isNotBlank();
                if (resource.getApiVersion().startsWith("v1") || resource.getApiVersion().contains("k8s.io/")
                        || resource.getApiVersion().startsWith("apps/")) {
                    assertThat(resource).as(resource.getKind() + " " + resource.getMetadata().getName())
                            .isNotInstanceOf(GenericKubernetesResource.class);
                }
            });
            System.out.printf("ManifestsTest: %s: %d documents read from %d files, %d resources, %d JSON patches%n",
                    Manifests.k8s().relativize(overlay.directory()), overlay.documentsRead(),
                    overlay.files().size(), overlay.resources().size(), overlay.jsonPatches().size());
        }
    }

    @Test
    void thereIsOneDeploymentAndServicePerServiceModule() {
        Set<String> modules = new TreeSet<>(Repository.services().stream().map(ServiceConfiguration::module).toList());
        for (Kustomize.Rendered overlay : overlays()) {
            assertThat(overlay.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                    .containsExactlyInAnyOrderElementsOf(modules);
            assertThat(overlay.all(Service.class)).extracting(s -> s.getMetadata().getName())
                    .containsExactlyInAnyOrderElementsOf(modules);
        }
    }

    @Test
    void eachImageIsTheJibImageOfItsModule() {
        String group = Repository.read(Repository.path("pom.xml"))
                .replaceAll("(?s).*<quarkus.container-image.group>([^<]+)</quarkus.container-image.group>.*", "$1");
        for (Kustomize.Rendered overlay : overlays()) {
            for (Deployment deployment : overlay.all(Deployment.class)) {
                String module = deployment.getMetadata().getName();
                assertThat(containers(deployment)).singleElement().satisfies(container -> {
                    assertThat(container.getName()).isEqualTo(module);
                    assertThat(container.getImage())
                            .isEqualTo(group + "/" + module + ":" + Repository.projectVersion());
                });
            }
        }
    }

    /** The HTTP port, and the management port (health, metrics) that the Ingress never reaches. */
    @Test
    void eachContainerHasTheServicesHttpAndManagementPorts() {
        for (Kustomize.Rendered overlay : overlays()) {
            for (Deployment deployment : overlay.all(Deployment.class)) {
                ServiceConfiguration configuration = Repository.service(deployment.getMetadata().getName());
                int port = configuration.httpPort();
                Container container = containers(deployment).get(0);
                assertThat(container.getPorts()).extracting(p -> p.getName() + ":" + p.getContainerPort())
                        .containsExactly("http:" + port, "management:" + configuration.managementPort());
                Service service = overlay.one(Service.class, deployment.getMetadata().getName());
                assertThat(service.getSpec().getSelector())
                        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
                assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort).first().isEqualTo(port);
                // the gateway's own management port is for the kubelet only; the services' for its readiness
                assertThat(service.getSpec().getPorts()).extracting(ServicePort::getName).containsExactlyElementsOf(
                        configuration.module().equals("gateway") ? List.of("http") : List.of("http", "management"));
            }
        }
    }

    /** On the management port: health is never on the HTTP port, which the Ingress and the gateway route. */
    @Test
    void probesAreTheQuarkusHealthEndpoints() {
        for (Kustomize.Rendered overlay : overlays()) {
            for (Deployment deployment : overlay.all(Deployment.class)) {
                Container container = containers(deployment).get(0);
                assertProbe(container.getReadinessProbe(), "/q/health/ready");
                assertProbe(container.getLivenessProbe(), "/q/health/live");
                assertProbe(container.getStartupProbe(), "/q/health/started");
            }
        }
    }

    @Test
    void everyEnvironmentVariableIsReadByItsService() {
        int checked = 0;
        for (Kustomize.Rendered overlay : overlays()) {
            for (Deployment deployment : overlay.all(Deployment.class)) {
                ServiceConfiguration service = Repository.service(deployment.getMetadata().getName());
                for (EnvVar env : containers(deployment).get(0).getEnv()) {
                    assertThat(service.reads(env.getName()))
                            .as("%s reads %s (a ${%s:...} in its application.properties)", service.module(),
                                    env.getName(), env.getName())
                            .isTrue();
                    checked++;
                }
            }
        }
        System.out.printf("ManifestsTest: %d environment variables checked against the services%n", checked);
    }

    /** A default that points at localhost, or a demo secret, is wrong in a cluster: the manifests must set it. */
    @Test
    void everySettingWhoseDefaultIsWrongInTheClusterIsSet() {
        for (Kustomize.Rendered overlay : overlays()) {
            for (Deployment deployment : overlay.all(Deployment.class)) {
                ServiceConfiguration service = Repository.service(deployment.getMetadata().getName());
                Set<String> set = new TreeSet<>(containers(deployment).get(0).getEnv().stream().map(EnvVar::getName)
                        .toList());
                for (ServiceConfiguration.Placeholder placeholder : service.placeholders().values()) {
                    boolean mustBeSet = (placeholder.defaultValue().contains("localhost")
                            && !placeholder.property().equals("quarkus.http.port"))
                            || SECRET_NAME.matcher(placeholder.name()).matches()
                            || placeholder.name().endsWith("_DB_USER");
                    if (mustBeSet) {
                        assertThat(set).as("%s in %s", service.module(), overlay.directory())
                                .contains(placeholder.name());
                    }
                }
            }
        }
    }

    @Test
    void noEnvironmentValueDuplicatesItsDefault() {
        for (Kustomize.Rendered overlay : overlays()) {
            for (Deployment deployment : overlay.all(Deployment.class)) {
                ServiceConfiguration service = Repository.service(deployment.getMetadata().getName());
                for (EnvVar env : containers(deployment).get(0).getEnv()) {
                    ServiceConfiguration.Placeholder placeholder = service.placeholders().get(env.getName());
                    if (placeholder != null && env.getValue() != null) {
                        assertThat(env.getValue()).as(env.getName()).isNotEqualTo(placeholder.defaultValue());
                    }
                }
            }
        }
    }

    @Test
    void noSecretInPlainText() {
        for (Kustomize.Rendered overlay : overlays()) {
            assertThat(overlay.resources()).noneMatch(Secret.class::isInstance);
            for (Deployment deployment : overlay.all(Deployment.class)) {
                for (EnvVar env : containers(deployment).get(0).getEnv()) {
                    if (SECRET_NAME.matcher(env.getName()).matches() || env.getName().endsWith("_DB_USER")) {
                        assertThat(env.getValue()).as(env.getName()).isNull();
                        assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
                    }
                }
            }
        }
        // the production overlay generates no secret at all: the operator creates them
        assertThat(Manifests.production().kustomization().has("secretGenerator")).isFalse();
    }

    /** The demo's generated secrets hold only public demo values, and cover every secret the stack refers to. */
    @Test
    void theDemoGeneratesEverySecretTheStackNeedsWithPublicDemoValuesOnly() {
        Set<String> generated = new TreeSet<>();
        for (JsonNode secret : Manifests.demo().kustomization().path("secretGenerator")) {
            generated.add(secret.path("name").asText());
            assertThat(secret.has("files") || secret.has("envs")).isFalse();
            for (JsonNode literal : secret.path("literals")) {
                String value = literal.asText().substring(literal.asText().indexOf('=') + 1);
                String key = literal.asText().substring(0, literal.asText().indexOf('='));
                // the SMTP settings are addresses and switches, not secrets: only their password must be empty
                boolean smtpSetting = secret.path("name").asText().equals(RealmImports.SMTP_SECRET)
                        && (!key.equals("password") || value.isEmpty());
                assertThat(key.equals("username") || smtpSetting || value.startsWith("demo-")
                        || RealmImports.demoClientSecrets().contains(value))
                        .as(secret.path("name").asText() + " " + key).isTrue();
            }
        }
        assertThat(generated).containsExactlyInAnyOrderElementsOf(referencedSecrets(Manifests.demo()));
    }

    /**
     * The demo overlay runs on public demo secrets and says so (TALENTENBUREAU_DEMO=true) for every service that
     * guards its secrets; the production overlay cannot: no container there sets the flag, so a demo secret stops the
     * service (platform's DemoGuard).
     */
    @Test
    void onlyTheDemoOverlaySaysItRunsAsADemo() {
        for (Deployment deployment : Manifests.demo().all(Deployment.class)) {
            ServiceConfiguration service = Repository.service(deployment.getMetadata().getName());
            if (service.reads(DEMO_FLAG)) {
                assertThat(containers(deployment).get(0).getEnv()).as(service.module())
                        .anySatisfy(env -> {
                            assertThat(env.getName()).isEqualTo(DEMO_FLAG);
                            assertThat(env.getValue()).isEqualTo("true");
                        });
            }
        }
        assertThat(Manifests.demo().all(Deployment.class)).filteredOn(d -> Repository.service(
                d.getMetadata().getName()).reads(DEMO_FLAG)).hasSize(4);
        assertThat(demoFlags(Manifests.production().resources())).isEmpty();
        assertThat(demoFlags(Manifests.base().resources())).isEmpty();
    }

    /** Where a container sets the demo flag, or could take it from a ConfigMap or Secret as a whole. */
    static List<String> demoFlags(List<HasMetadata> resources) {
        List<String> found = new ArrayList<>();
        for (HasMetadata resource : resources) {
            if (resource instanceof Deployment deployment) {
                for (Container container : containers(deployment)) {
                    container.getEnv().stream().filter(env -> env.getName().equals(DEMO_FLAG))
                            .forEach(env -> found.add(deployment.getMetadata().getName() + " " + env.getName()));
                    if (container.getEnvFrom() != null && !container.getEnvFrom().isEmpty()) {
                        found.add(deployment.getMetadata().getName() + " envFrom");
                    }
                }
            }
        }
        return found;
    }

    /** The production overlay's secrets are the ones README "Running in production" tells the operator to create. */
    @Test
    void theReadmeNamesEverySecretProductionNeeds() {
        String readme = Repository.read(Repository.path("README.md"));
        assertThat(readme).contains("## Running in production");
        String section = readme.substring(readme.indexOf("## Running in production"));
        for (String secret : referencedSecrets(Manifests.production())) {
            assertThat(section).as("README names secret " + secret).contains("`" + secret + "`");
        }
    }

    @Test
    void theDemoRunsOneReplicaOfEach() {
        for (Deployment deployment : Manifests.demo().all(Deployment.class)) {
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        }
    }

    @Test
    void productionRunsTwoOrMoreReplicasWithRequestsAndLimits() {
        for (Deployment deployment : Manifests.production().all(Deployment.class)) {
            assertThat(deployment.getSpec().getReplicas()).as(deployment.getMetadata().getName())
                    .isGreaterThanOrEqualTo(2);
            Container container = containers(deployment).get(0);
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        }
        assertThat(spec(Manifests.production().custom("Cluster").get(0)).path("instances").asInt())
                .isGreaterThanOrEqualTo(3);
        assertThat(spec(Manifests.production().custom("Keycloak").get(0)).path("instances").asInt())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void productionHasADisruptionBudgetPerServiceAndAutoscalesGatewayAndMatching() {
        Kustomize.Rendered production = Manifests.production();
        for (Deployment deployment : production.all(Deployment.class)) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(production.all(PodDisruptionBudget.class))
                    .as("a PodDisruptionBudget for " + deployment.getMetadata().getName())
                    .anySatisfy(pdb -> {
                        assertThat(labels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
                        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isLessThan(
                                deployment.getSpec().getReplicas());
                    });
        }
        assertThat(production.all(HorizontalPodAutoscaler.class)).extracting(h -> h.getSpec().getScaleTargetRef()
                .getName()).containsExactlyInAnyOrder("gateway", "matching-service");
        for (HorizontalPodAutoscaler hpa : production.all(HorizontalPodAutoscaler.class)) {
            Deployment target = production.one(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2)
                    .isLessThanOrEqualTo(target.getSpec().getReplicas());
            assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
            assertThat(containers(target).get(0).getResources().getRequests()).containsKey("cpu");
        }
    }

    @Test
    void theIngressSendsTheApiToTheGatewayAndOnlyKeycloaksPublicPathsToKeycloak() {
        for (Kustomize.Rendered overlay : overlays()) {
            Ingress ingress = overlay.one(Ingress.class, "talentenbureau");
            assertThat(ingress.getSpec().getRules()).hasSize(2);
            assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths()).singleElement()
                    .satisfies(path -> {
                        assertThat(path.getPath()).isEqualTo("/");
                        assertThat(path.getBackend().getService().getName()).isEqualTo("gateway");
                        assertThat(path.getBackend().getService().getPort().getNumber())
                                .isEqualTo(Repository.service("gateway").httpPort());
                    });
            assertThat(ingress.getSpec().getRules().get(1).getHttp().getPaths())
                    .extracting(p -> p.getPath()).containsExactlyInAnyOrder("/realms/", "/resources/");
        }
        // production adds TLS for both hosts
        assertThat(Manifests.production().jsonPatches()).singleElement().satisfies(patch -> assertThat(
                patch.get(0).path("path").asText()).isEqualTo("/spec/tls"));
    }

    /** The services find each other by the Service names and ports of deploy/k8s (health: the management port). */
    @Test
    void serviceUrlsPointAtTheServicesOfTheStack() {
        Map<String, Integer> ports = new java.util.HashMap<>();
        Map<String, Integer> management = new java.util.HashMap<>();
        Repository.services().forEach(s -> ports.put(s.module(), s.httpPort()));
        Repository.services().forEach(s -> management.put(s.module(), s.managementPort()));
        ports.put("keycloak-service", 8080);
        ports.put("talentenbureau-db-rw", 5432);
        Pattern url = Pattern.compile("(?:http|jdbc:postgresql)://([a-z0-9-]+):(\\d+)(/.*)?");
        for (Kustomize.Rendered overlay : overlays()) {
            for (Deployment deployment : overlay.all(Deployment.class)) {
                for (EnvVar env : containers(deployment).get(0).getEnv()) {
                    var matcher = url.matcher(env.getValue() == null ? "" : env.getValue());
                    if (matcher.matches()) {
                        assertThat(env.getName().endsWith("_HEALTH_URL") ? management : ports).as(env.getName())
                                .containsEntry(matcher.group(1),
                                        Integer.parseInt(matcher.group(2)));
                    }
                }
            }
        }
    }

    /** Every database a service connects to is a CloudNativePG Database owned by the role in its secret. */
    @Test
    void eachServiceHasItsOwnDatabaseAndRole() {
        for (Kustomize.Rendered overlay : overlays()) {
            Set<String> databases = new TreeSet<>();
            for (GenericKubernetesResource database : overlay.custom("Database")) {
                assertThat(spec(database).path("owner").asText()).isEqualTo(spec(database).path("name").asText());
                assertThat(spec(database).path("cluster").path("name").asText()).isEqualTo("talentenbureau-db");
                databases.add(spec(database).path("name").asText());
            }
            List<String> roles = new ArrayList<>();
            spec(overlay.custom("Cluster").get(0)).path("managed").path("roles")
                    .forEach(role -> roles.add(role.path("name").asText()));
            assertThat(roles).containsExactlyInAnyOrderElementsOf(databases);
            for (Deployment deployment : overlay.all(Deployment.class)) {
                containers(deployment).get(0).getEnv().stream().filter(e -> e.getName().endsWith("_DB_URL"))
                        .forEach(e -> assertThat(databases).contains(e.getValue().replaceAll(".*/", "")));
            }
        }
    }

    static Set<String> referencedSecrets(Kustomize.Rendered overlay) {
        Set<String> secrets = new TreeSet<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            for (EnvVar env : containers(deployment).get(0).getEnv()) {
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    secrets.add(env.getValueFrom().getSecretKeyRef().getName());
                }
            }
        }
        for (GenericKubernetesResource cluster : overlay.custom("Cluster")) {
            spec(cluster).path("managed").path("roles")
                    .forEach(role -> secrets.add(role.path("passwordSecret").path("name").asText()));
        }
        for (GenericKubernetesResource keycloak : overlay.custom("Keycloak")) {
            JsonNode db = spec(keycloak).path("db");
            secrets.add(db.path("usernameSecret").path("name").asText());
            secrets.add(db.path("passwordSecret").path("name").asText());
        }
        for (GenericKubernetesResource realmImport : overlay.custom("KeycloakRealmImport")) {
            spec(realmImport).path("placeholders")
                    .forEach(placeholder -> secrets.add(placeholder.path("secret").path("name").asText()));
        }
        return secrets;
    }

    static JsonNode spec(HasMetadata resource) {
        return Kustomize.YAML.valueToTree(resource).path("spec");
    }

    static List<Container> containers(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers();
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
    }

    static Stream<Kustomize.Rendered> all() {
        return Stream.of(Manifests.base(), Manifests.demo(), Manifests.production());
    }
}
