package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an object against the Kubernetes API offline and strictly: built-in kinds through the
 * fabric8 model (no unknown field, no string where a number or boolean belongs), custom resources
 * through the schemas of their CRDs committed under deploy/k8s/schemas, made strict the way the API
 * server's field validation is (unknown fields refused unless the schema preserves them).
 */
final class ManifestSchemas {

    /** Knows which model class stands for an apiVersion and kind. */
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    /** Reads into that class; fabric8's own mapper would turn "2" into 2. */
    private static final ObjectMapper MODEL = strictMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path schemaDir;
    private final Map<String, JsonSchema> crdSchemas = new ConcurrentHashMap<>();

    ManifestSchemas(Path schemaDir) {
        this.schemaDir = schemaDir;
    }

    /** No "2" for 2 nor "false" for false: the API server refuses those too. */
    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }

    /** What is wrong with the object; empty when the API server would accept it. */
    List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        List<String> problems = new ArrayList<>();
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return List.of("apiVersion and kind are required");
        }
        if (object.path("metadata").path("name").asText().isEmpty()) {
            problems.add("metadata.name is required");
        }
        Class<? extends KubernetesResource> type = KUBERNETES.getRegisteredKubernetesResource(apiVersion, kind);
        Path schemaFile = schemaDir.resolve(crdSchemaName(apiVersion, kind));
        if (Files.isRegularFile(schemaFile)) {
            for (ValidationMessage message : crdSchema(schemaFile).validate(object)) {
                problems.add(message.getMessage());
            }
            problems.addAll(modelProblems(object.path("metadata"), ObjectMeta.class, "metadata"));
        } else if (type != null && !type.getSimpleName().equals("GenericKubernetesResource")) {
            problems.addAll(modelProblems(object, type, ""));
        } else {
            problems.add("no schema for " + apiVersion + " " + kind);
        }
        return problems;
    }

    static String crdSchemaName(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        return apiVersion.substring(0, Math.max(slash, 0)) + "_" + kind + "_" + apiVersion.substring(slash + 1) + ".json";
    }

    private static List<String> modelProblems(JsonNode node, Class<?> type, String path) {
        Object model;
        try {
            model = MODEL.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            return List.of(path + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        unknownFields(model, path, problems);
        return problems;
    }

    /** fabric8 keeps fields it does not know in additionalProperties: any there is a field the API does not have. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, problems));
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else {
                String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                unknownFields(child, path + "." + field, problems);
            }
        }
    }

    private JsonSchema crdSchema(Path file) {
        return crdSchemas.computeIfAbsent(file.toString(), name -> {
            try {
                ObjectNode schema = (ObjectNode) JSON.readTree(file.toFile());
                strict(schema);
                // the API server always knows these, whether or not a CRD's schema lists them
                ObjectNode properties = schema.with("properties");
                properties.putIfAbsent("apiVersion", JSON.createObjectNode().put("type", "string"));
                properties.putIfAbsent("kind", JSON.createObjectNode().put("type", "string"));
                properties.putIfAbsent("metadata", JSON.createObjectNode().put("type", "object"));
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * OpenAPI v3 of a CRD to JSON Schema draft 4, strict: objects with properties refuse others unless
     * x-kubernetes-preserve-unknown-fields; int-or-string accepts both; nullable accepts null.
     */
    static void strict(JsonNode node) {
        if (node.isArray()) {
            node.forEach(ManifestSchemas::strict);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode schema = (ObjectNode) node;
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            schema.remove("type");
            if (!schema.has("anyOf")) {
                ArrayNode anyOf = schema.putArray("anyOf");
                anyOf.addObject().put("type", "integer");
                anyOf.addObject().put("type", "string");
            }
        }
        if (schema.path("nullable").asBoolean() && schema.path("type").isTextual()) {
            String type = schema.get("type").asText();
            schema.putArray("type").add(type).add("null");
        }
        if (schema.has("properties") && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            schema.put("additionalProperties", false);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("properties")) {
                field.getValue().forEach(ManifestSchemas::strict);
            } else if (field.getValue().isContainerNode()) {
                strict(field.getValue());
            }
        }
    }
}
