package nl.talentenbureau.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * When kubectl is on the PATH (.ci/run installs it before the build), the overlays rendered by
 * {@code kubectl kustomize} are the resources the other tests read: same kinds and names, same specs (the Ingress,
 * which kubectl patches with JSON patches, by its backends), the same flows, and in the demo only the generated
 * demo Secrets besides. Without kubectl the test is skipped; {@link ManifestsTest} still reads every file.
 */
@EnabledIf("kubectlAvailable")
class RenderedOverlaysTest {

    static boolean kubectlAvailable() {
        try {
            return new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void kubectlRendersWhatTheTestsRead(String name) throws Exception {
        Kustomize.Rendered read = "demo".equals(name) ? Manifests.demo() : Manifests.production();
        List<HasMetadata> rendered = new ArrayList<>(kustomize(read));
        List<HasMetadata> secrets = rendered.stream().filter(Secret.class::isInstance).toList();
        rendered.removeAll(secrets);

        assertThat(keys(rendered)).containsExactlyInAnyOrderElementsOf(keys(read.resources()));
        Map<String, HasMetadata> byKey = new TreeMap<>();
        rendered.forEach(r -> byKey.put(key(r), r));
        for (HasMetadata ours : read.resources()) {
            HasMetadata theirs = byKey.get(key(ours));
            if (ours.getKind().equals("Ingress")) {
                assertThat(backends(theirs)).isEqualTo(backends(ours));
            } else {
                assertThat(normalized(theirs)).as(key(ours)).isEqualTo(normalized(ours));
            }
        }
        if ("demo".equals(name)) {
            assertThat(secrets).extracting(s -> s.getMetadata().getName())
                    .containsExactlyInAnyOrderElementsOf(ManifestsTest.referencedSecrets(read));
        } else {
            assertThat(secrets).isEmpty();
        }
        List<NetworkPolicy> policies = rendered.stream().filter(NetworkPolicy.class::isInstance)
                .map(NetworkPolicy.class::cast).toList();
        assertThat(new Flows("talentenbureau", policies).allowed(NetworkPolicyTest.ENDPOINTS))
                .isEqualTo(new Flows("talentenbureau", read.all(NetworkPolicy.class))
                        .allowed(NetworkPolicyTest.ENDPOINTS));
        System.out.printf("RenderedOverlaysTest: kubectl kustomize %s: %d resources, %d Secrets, equal to the files%n",
                name, rendered.size(), secrets.size());
    }

    /** What kubectl renders for production never tells a service it is a demo (nor can it take the flag in bulk). */
    @org.junit.jupiter.api.Test
    void theRenderedProductionOverlayHasNoDemoFlag() throws Exception {
        List<HasMetadata> rendered = kustomize(Manifests.production());

        assertThat(ManifestsTest.demoFlags(rendered)).isEmpty();
        assertThat(Kustomize.YAML.writeValueAsString(rendered)).doesNotContain(ManifestsTest.DEMO_FLAG);
        assertThat(ManifestsTest.demoFlags(kustomize(Manifests.demo()))).hasSize(4);
    }

    private static List<HasMetadata> kustomize(Kustomize.Rendered overlay) throws Exception {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.directory().toString()).start();
        byte[] out = kubectl.getInputStream().readAllBytes();
        String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as(err).isZero();
        return Kustomize.typed(new String(out, StandardCharsets.UTF_8), "kubectl kustomize " + overlay.directory());
    }

    private static List<String> keys(List<HasMetadata> resources) {
        return resources.stream().map(RenderedOverlaysTest::key).toList();
    }

    private static String key(HasMetadata resource) {
        return resource.getKind() + "/" + resource.getMetadata().getName();
    }

    /** Everything but the metadata (kubectl adds the namespace), with env lists in name order. */
    private static JsonNode normalized(HasMetadata resource) {
        ObjectNode tree = Kustomize.YAML.valueToTree(resource);
        tree.remove("metadata");
        sortEnv(tree);
        return tree;
    }

    private static void sortEnv(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("env") instanceof ArrayNode env) {
            List<JsonNode> items = new ArrayList<>();
            env.forEach(items::add);
            items.sort(Comparator.comparing(item -> item.path("name").asText()));
            env.removeAll();
            env.addAll(items);
        }
        node.forEach(RenderedOverlaysTest::sortEnv);
    }

    private static List<String> backends(HasMetadata ingress) {
        List<String> backends = new ArrayList<>();
        Kustomize.YAML.valueToTree(ingress).path("spec").path("rules").forEach(rule -> rule.path("http")
                .path("paths").forEach(path -> backends.add(path.path("path").asText() + " -> "
                        + path.path("backend").path("service").path("name").asText())));
        return backends;
    }
}
