package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.zjsonpatch.JsonPatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a kustomization directory as {@code kustomize build} does, for the features our overlays
 * use: resources, components, namespace, labels, images, replicas and JSON 6902 patches with targets.
 * Anything else fails loudly instead of rendering something kustomize would not.
 *
 * <p>Transformers run in kustomize's order: patches, namespace, labels, replicas, images.
 */
public final class KustomizeBuild {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of(
            "apiVersion", "kind", "resources", "components", "namespace", "labels", "images", "replicas", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume",
            "StorageClass", "PriorityClass", "IngressClass", "ValidatingWebhookConfiguration",
            "MutatingWebhookConfiguration");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    private KustomizeBuild() {
    }

    /** The objects the kustomization in {@code dir} renders, in the order they were accumulated. */
    public static List<ObjectNode> build(Path dir) {
        return kustomization(dir.toAbsolutePath().normalize(), "Kustomization", new ArrayList<>());
    }

    /** Reads every YAML document of a file (empty documents are skipped). */
    public static List<ObjectNode> readDocuments(Path file) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new KustomizeException(file + ": a document is not a mapping");
                }
                documents.add((ObjectNode) document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return documents;
    }

    /** A component adds its resources to what the including kustomization has so far, then transforms all of it. */
    private static List<ObjectNode> kustomization(Path dir, String expectedKind, List<ObjectNode> accumulated) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new KustomizeException(dir + ": no kustomization.yaml");
        }
        List<ObjectNode> documents = readDocuments(file);
        if (documents.size() != 1) {
            throw new KustomizeException(file + ": expected one document");
        }
        ObjectNode k = documents.get(0);
        String kind = k.path("kind").asText("Kustomization");
        if (!kind.equals(expectedKind)) {
            throw new KustomizeException(file + ": kind " + kind + " where " + expectedKind + " was expected");
        }
        for (Iterator<String> names = k.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!KUSTOMIZATION_FIELDS.contains(name)) {
                throw new KustomizeException(file + ": field '" + name + "' is not supported by this renderer");
            }
        }
        List<ObjectNode> objects = new ArrayList<>(accumulated);
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(kustomization(path, "Kustomization", new ArrayList<>()));
            } else {
                objects.addAll(readDocuments(path));
            }
        }
        for (JsonNode component : k.path("components")) {
            objects = kustomization(dir.resolve(component.asText()).normalize(), "Component", objects);
        }
        patches(k, dir, objects);
        namespace(k, objects);
        labels(k, file, objects);
        replicas(k, file, objects);
        images(k, objects);
        requireUniqueIds(objects, file);
        return objects;
    }

    private static void patches(ObjectNode k, Path dir, List<ObjectNode> objects) {
        for (JsonNode entry : k.path("patches")) {
            JsonNode patch;
            if (entry.has("path")) {
                try {
                    patch = YAML.readTree(dir.resolve(entry.get("path").asText()).toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (entry.has("patch")) {
                try {
                    patch = YAML.readTree(entry.get("patch").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                throw new KustomizeException(dir + ": a patch needs 'path' or 'patch'");
            }
            if (!patch.isArray()) {
                throw new KustomizeException(dir + ": only JSON 6902 patches (a list of operations) are supported");
            }
            JsonNode target = entry.path("target");
            if (!target.isObject()) {
                throw new KustomizeException(dir + ": a JSON 6902 patch needs a target");
            }
            int matched = 0;
            for (int i = 0; i < objects.size(); i++) {
                if (ResourceTarget.of(target).matches(objects.get(i))) {
                    objects.set(i, (ObjectNode) JsonPatch.apply(patch, objects.get(i)));
                    matched++;
                }
            }
            if (matched == 0) {
                throw new KustomizeException(dir + ": patch " + entry + " matches no resource");
            }
        }
    }

    private static void namespace(ObjectNode k, List<ObjectNode> objects) {
        if (!k.hasNonNull("namespace")) {
            return;
        }
        String namespace = k.get("namespace").asText();
        for (ObjectNode object : objects) {
            if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                object.with("metadata").put("namespace", namespace);
            }
        }
    }

    private static void labels(ObjectNode k, Path file, List<ObjectNode> objects) {
        for (JsonNode entry : k.path("labels")) {
            for (Iterator<String> names = entry.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!name.equals("pairs")) {
                    throw new KustomizeException(file + ": labels." + name + " is not supported by this renderer");
                }
            }
            for (ObjectNode object : objects) {
                ObjectNode labels = object.with("metadata").with("labels");
                entry.get("pairs").fields().forEachRemaining(pair -> labels.put(pair.getKey(), pair.getValue().asText()));
            }
        }
    }

    private static void replicas(ObjectNode k, Path file, List<ObjectNode> objects) {
        for (JsonNode entry : k.path("replicas")) {
            String name = entry.path("name").asText();
            int matched = 0;
            for (ObjectNode object : objects) {
                if (SCALABLE.contains(object.path("kind").asText())
                        && object.path("metadata").path("name").asText().equals(name)) {
                    object.with("spec").put("replicas", entry.path("count").asInt());
                    matched++;
                }
            }
            if (matched == 0) {
                throw new KustomizeException(file + ": replicas for " + name + " match no workload");
            }
        }
    }

    private static void images(ObjectNode k, List<ObjectNode> objects) {
        for (JsonNode entry : k.path("images")) {
            for (ObjectNode object : objects) {
                for (JsonNode podSpec : List.of(object.path("spec"), object.path("spec").path("template").path("spec"))) {
                    for (String list : List.of("containers", "initContainers")) {
                        for (JsonNode container : podSpec.path(list)) {
                            retag((ObjectNode) container, entry);
                        }
                    }
                }
            }
        }
    }

    private static void retag(ObjectNode container, JsonNode entry) {
        ImageReference image = ImageReference.parse(container.path("image").asText());
        if (!image.name().equals(entry.path("name").asText())) {
            return;
        }
        String name = entry.hasNonNull("newName") ? entry.get("newName").asText() : image.name();
        String suffix;
        if (entry.hasNonNull("digest")) {
            suffix = "@" + entry.get("digest").asText();
        } else if (entry.hasNonNull("newTag")) {
            suffix = ":" + entry.get("newTag").asText();
        } else {
            suffix = image.suffix();
        }
        container.set("image", TextNode.valueOf(name + suffix));
    }

    private static void requireUniqueIds(List<ObjectNode> objects, Path file) {
        Set<String> ids = new HashSet<>();
        for (ObjectNode object : objects) {
            String id = id(object);
            if (!ids.add(id)) {
                throw new KustomizeException(file + ": " + id + " is defined twice");
            }
        }
    }

    /** apiVersion-group, kind, namespace and name: what kustomize (and the API server) tells objects apart by. */
    public static String id(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        JsonNode metadata = object.path("metadata");
        return group + "/" + object.path("kind").asText() + "/" + metadata.path("namespace").asText("")
                + "/" + metadata.path("name").asText();
    }

    /** A patch target: group, version, kind, name (a regular expression, as in kustomize), namespace and labelSelector. */
    record ResourceTarget(String group, String version, String kind, String name, String namespace,
            Map<String, String> labels) {

        static ResourceTarget of(JsonNode target) {
            for (Iterator<String> names = target.fieldNames(); names.hasNext();) {
                String field = names.next();
                if (!Set.of("group", "version", "kind", "name", "namespace", "labelSelector").contains(field)) {
                    throw new KustomizeException("patch target field '" + field + "' is not supported by this renderer");
                }
            }
            Map<String, String> labels = new java.util.LinkedHashMap<>();
            if (target.hasNonNull("labelSelector")) {
                for (String term : target.get("labelSelector").asText().split(",")) {
                    String[] pair = term.trim().split("=", 2);
                    if (pair.length != 2 || pair[0].endsWith("!")) {
                        throw new KustomizeException("labelSelector term '" + term + "': only key=value is supported");
                    }
                    labels.put(pair[0].trim(), pair[1].trim());
                }
            }
            return new ResourceTarget(text(target, "group"), text(target, "version"), text(target, "kind"),
                    text(target, "name"), text(target, "namespace"), labels);
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }

        boolean matches(JsonNode object) {
            String apiVersion = object.path("apiVersion").asText();
            int slash = apiVersion.indexOf('/');
            String objectGroup = slash < 0 ? "" : apiVersion.substring(0, slash);
            String objectVersion = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
            JsonNode metadata = object.path("metadata");
            if (group != null && !group.equals(objectGroup)
                    || version != null && !version.equals(objectVersion)
                    || kind != null && !kind.equals(object.path("kind").asText())
                    || name != null && !metadata.path("name").asText().matches(name)
                    || namespace != null && !namespace.equals(metadata.path("namespace").asText())) {
                return false;
            }
            JsonNode objectLabels = metadata.path("labels");
            return labels.entrySet().stream()
                    .allMatch(label -> label.getValue().equals(objectLabels.path(label.getKey()).asText(null)));
        }
    }

    /** An image reference split as kustomize's images field sees it: the name, and a ":tag" or "@digest" suffix. */
    record ImageReference(String name, String suffix) {
        static ImageReference parse(String image) {
            int at = image.indexOf('@');
            if (at >= 0) {
                return new ImageReference(image.substring(0, at), image.substring(at));
            }
            int colon = image.lastIndexOf(':');
            if (colon > image.lastIndexOf('/')) {
                return new ImageReference(image.substring(0, colon), image.substring(colon));
            }
            return new ImageReference(image, "");
        }
    }

    /** A kustomization this renderer cannot build, or one kustomize itself would refuse. */
    public static final class KustomizeException extends RuntimeException {
        KustomizeException(String message) {
            super(message);
        }
    }
}
