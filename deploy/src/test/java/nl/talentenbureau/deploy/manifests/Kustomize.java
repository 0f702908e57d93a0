package nl.talentenbureau.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * Reads a kustomization the way the tests need it, without kubectl: every resource file as typed fabric8 objects
 * (custom resources as {@link GenericKubernetesResource}), the strategic-merge patches applied by name (lists of
 * named items merged by name, other lists replaced: enough for the patches under deploy/k8s), JSON 6902 patches
 * kept as JSON. {@code .ci/run} renders the same overlays with {@code kubectl kustomize}.
 */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper();

    /** One kustomization, rendered: the resources after patches, and what was read on the way. */
    record Rendered(Path directory, JsonNode kustomization, List<HasMetadata> resources, List<Path> files,
            List<HasMetadata> strategicPatches, List<JsonNode> jsonPatches, int documentsRead) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return resources.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T one(Class<T> type, String name) {
            return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " in "
                            + directory));
        }

        List<GenericKubernetesResource> custom(String kind) {
            return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
        }

        Optional<HasMetadata> patchOf(String kind, String name) {
            return strategicPatches.stream()
                    .filter(p -> p.getKind().equals(kind) && p.getMetadata().getName().equals(name)).findFirst();
        }
    }

    private Kustomize() {
    }

    static Rendered render(Path directory) {
        JsonNode kustomization = readTree(directory.resolve("kustomization.yaml"));
        List<HasMetadata> resources = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<HasMetadata> strategic = new ArrayList<>();
        List<JsonNode> json = new ArrayList<>();
        int documents = 0;
        List<JsonNode> entries = new ArrayList<>();
        kustomization.path("bases").forEach(entries::add); // kustomize 2 (Debian bookworm's kubectl) needs bases
        kustomization.path("resources").forEach(entries::add);
        for (JsonNode entry : entries) {
            Path resource = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(resource)) {
                Rendered base = render(resource);
                resources.addAll(base.resources());
                files.addAll(base.files());
                documents += base.documentsRead();
            } else {
                List<HasMetadata> read = typed(resource);
                resources.addAll(read);
                files.add(resource);
                documents += read.size();
            }
        }
        List<Path> strategicFiles = new ArrayList<>();
        kustomization.path("patchesStrategicMerge").forEach(p -> strategicFiles.add(directory.resolve(p.asText())));
        for (JsonNode patch : kustomization.path("patchesJson6902")) {
            json.add(readTree(directory.resolve(patch.path("path").asText())));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (!patch.has("target")) {
                strategicFiles.add(directory.resolve(patch.path("path").asText()));
            } else {
                json.add(patch.has("path")
                        ? readTree(directory.resolve(patch.path("path").asText()))
                        : readTree(patch.path("patch").asText()));
            }
        }
        for (Path file : strategicFiles) {
            files.add(file);
            for (HasMetadata typed : typed(file)) {
                strategic.add(typed);
                documents++;
                int index = indexOf(resources, typed);
                if (index < 0) {
                    throw new AssertionError(file + " patches " + typed.getKind() + " "
                            + typed.getMetadata().getName() + ", which the kustomization does not have");
                }
                resources.set(index, merged(resources.get(index), typed));
            }
        }
        return new Rendered(directory, kustomization, List.copyOf(resources), List.copyOf(files),
                List.copyOf(strategic), List.copyOf(json), documents);
    }

    static List<HasMetadata> typed(Path file) {
        try {
            return typed(java.nio.file.Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** Every document of a YAML stream as a typed object. */
    static List<HasMetadata> typed(String yaml, String file) {
        List<HasMetadata> documents = new ArrayList<>();
        try (MappingIterator<KubernetesResource> read = YAML.readerFor(KubernetesResource.class)
                .readValues(yaml)) {
            while (read.hasNext()) {
                KubernetesResource resource = read.next();
                if (resource == null) {
                    continue;
                }
                if (!(resource instanceof HasMetadata typed)) {
                    throw new AssertionError(file + " holds a " + resource.getClass().getSimpleName()
                            + ", not a Kubernetes object");
                }
                documents.add(typed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return documents;
    }

    static JsonNode readTree(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static JsonNode readTree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(List<HasMetadata> resources, HasMetadata patch) {
        for (int i = 0; i < resources.size(); i++) {
            HasMetadata resource = resources.get(i);
            if (resource.getKind().equals(patch.getKind())
                    && resource.getMetadata().getName().equals(patch.getMetadata().getName())) {
                return i;
            }
        }
        return -1;
    }

    private static HasMetadata merged(HasMetadata resource, HasMetadata patch) {
        ObjectNode target = YAML.valueToTree(resource);
        merge(target, YAML.valueToTree(patch));
        try {
            return (HasMetadata) YAML.treeToValue(target, KubernetesResource.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (existing instanceof ObjectNode object && value.isObject()) {
                merge(object, value);
            } else if (existing instanceof ArrayNode list && value.isArray() && named(list) && named(value)) {
                for (JsonNode item : value) {
                    ObjectNode same = null;
                    for (JsonNode candidate : list) {
                        if (candidate.path("name").equals(item.path("name"))) {
                            same = (ObjectNode) candidate;
                        }
                    }
                    if (same != null) {
                        merge(same, item);
                    } else {
                        list.add(item);
                    }
                }
            } else {
                target.set(field.getKey(), value);
            }
        }
    }

    private static boolean named(JsonNode list) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode item : list) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return true;
    }
}
