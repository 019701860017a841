package vn.cps.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OpenAPI document of a service as a contract: the live document must equal the one committed
 * under {@code src/main/openapi/openapi.yaml} (the input of the generated client in clients/java),
 * and the committed one must pass the lint below.
 *
 * <p>The lint is the part of Redocly's recommended rules that a client generator depends on
 * (operationId, summary, 2xx and 4xx responses, servers, licence, tags), plus this project's
 * conventions (problem+json with the shared Problem schema, roles named in each description,
 * enums explained). Structural validity is checked by swagger-parser.
 */
public final class OpenApiContract {

    /** Set to {@code true} to rewrite the committed document from the live one instead of failing. */
    public static final String UPDATE_PROPERTY = "cps.openapi.update";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]{2,60}");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** Where each service commits its document, relative to the module. */
    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");

    private OpenApiContract() {
    }

    /**
     * For a service's {@code @QuarkusTest}: the document it serves at {@code /q/openapi} is the
     * committed one, and the committed one passes the lint.
     */
    public static void assertServedDocumentIsCommittedAndClean() {
        String live = io.restassured.RestAssured.given().accept("application/yaml").when().get("/q/openapi").then()
                .statusCode(200).extract().asString();
        assertCommitted(live, COMMITTED);
        List<String> findings = lint(COMMITTED);
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " lint findings in " + COMMITTED + ":\n  " + String.join("\n  ", findings));
        }
    }

    /**
     * Fails when the live document differs from the committed one, after writing the live one to
     * {@code target/openapi/openapi.yaml} so the difference can be read; with
     * {@code -Dcps.openapi.update=true} it rewrites the committed file instead.
     */
    public static void assertCommitted(String liveYaml, Path committed) {
        try {
            Path live = Path.of("target", "openapi", "openapi.yaml");
            Files.createDirectories(live.getParent());
            Files.writeString(live, liveYaml, StandardCharsets.UTF_8);
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(committed.toAbsolutePath().getParent());
                Files.writeString(committed, liveYaml, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed OpenAPI document at " + committed
                        + "; the live one is in " + live + " (run the test with -D" + UPDATE_PROPERTY + "=true)");
            }
            JsonNode expected = YAML.readTree(committed.toFile());
            JsonNode actual = YAML.readTree(liveYaml);
            if (!expected.equals(actual)) {
                throw new AssertionError("The live OpenAPI document differs from " + committed + " at "
                        + firstDifference("", expected, actual) + ". The live one is in " + live
                        + "; if the change is meant, commit it (run the test with -D" + UPDATE_PROPERTY + "=true)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every finding of the lint, as "rule: where: what"; empty when the document is clean. */
    public static List<String> lint(Path document) {
        List<String> findings = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(document.toUri().toString(), null, options);
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(m -> findings.add("struct: " + m));
        }
        JsonNode root;
        try {
            root = YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lintInfo(root, findings);
        Set<String> declaredTags = new HashSet<>();
        root.path("tags").forEach(t -> {
            declaredTags.add(t.path("name").asText());
            if (t.path("description").asText().isBlank()) {
                findings.add("tag-description: tag " + t.path("name").asText() + " has no description");
            }
        });
        Map<String, String> operationIds = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    lintOperation(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue(), declaredTags,
                            operationIds, findings);
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> schemas = root.path("components").path("schemas").fields(); schemas.hasNext();) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            String base = schema.getKey().replaceFirst("[0-9]+$", "");
            if (!base.equals(schema.getKey()) && root.path("components").path("schemas").has(base)) {
                findings.add("schema-name-collision: schema " + schema.getKey() + " is a second " + base
                        + " (two classes of one simple name; name one with @Schema(name = ...))");
            }
            if (schema.getValue().has("enum") && schema.getValue().path("description").asText().isBlank()) {
                findings.add("enum-description: schema " + schema.getKey() + " lists values without saying what they mean");
            }
        }
        return findings;
    }

    private static void lintInfo(JsonNode root, List<String> findings) {
        JsonNode servers = root.path("servers");
        if (!servers.isArray() || servers.isEmpty()) {
            findings.add("no-empty-servers: the document names no server");
        }
        servers.forEach(s -> {
            if (s.path("url").asText().contains("example.com") || s.path("url").asText().contains("localhost")) {
                findings.add("no-server-example.com: " + s.path("url").asText());
            }
        });
        JsonNode info = root.path("info");
        if (info.path("license").path("name").asText().isBlank()) {
            findings.add("info-license: info.license.name is missing");
        }
        if (info.path("license").path("url").asText().isBlank()) {
            findings.add("info-license-url: info.license.url is missing");
        }
        if (info.path("contact").isMissingNode()) {
            findings.add("info-contact: info.contact is missing");
        }
        if (info.path("description").asText().isBlank()) {
            findings.add("info-description: info.description is missing");
        }
    }

    private static void lintOperation(String where, JsonNode op, Set<String> declaredTags,
            Map<String, String> operationIds, List<String> findings) {
        String id = op.path("operationId").asText();
        if (id.isBlank()) {
            findings.add("operation-operationId: " + where + " has no operationId");
        } else {
            if (!OPERATION_ID.matcher(id).matches()) {
                findings.add("operation-operationId-url-safe: " + where + " has operationId " + id + " (want lowerCamelCase)");
            }
            String earlier = operationIds.putIfAbsent(id, where);
            if (earlier != null) {
                findings.add("operation-operationId-unique: " + id + " names both " + earlier + " and " + where);
            }
        }
        if (op.path("summary").asText().isBlank()) {
            findings.add("operation-summary: " + where + " has no summary");
        }
        JsonNode tags = op.path("tags");
        if (!tags.isArray() || tags.isEmpty()) {
            findings.add("operation-tags: " + where + " has no tag");
        }
        tags.forEach(t -> {
            if (!declaredTags.contains(t.asText())) {
                findings.add("operation-tag-defined: " + where + " uses tag " + t.asText() + " not declared at the top");
            }
        });
        if (!op.path("security").isMissingNode() && !op.path("security").isEmpty()
                && !op.path("description").asText().contains("Roles: ")) {
            findings.add("operation-roles: " + where + " does not name its roles in its description");
        }
        boolean success = false;
        boolean clientError = false;
        for (Iterator<Map.Entry<String, JsonNode>> answers = op.path("responses").fields(); answers.hasNext();) {
            Map.Entry<String, JsonNode> answer = answers.next();
            String code = answer.getKey();
            JsonNode content = answer.getValue().path("content");
            if (code.startsWith("2")) {
                success = true;
                if (!code.equals("204") && !code.equals("202") && !hasSchema(content)) {
                    findings.add("operation-2xx-response-schema: " + where + " answers " + code + " without a schema");
                }
            } else if (code.startsWith("4") || code.startsWith("5")) {
                clientError |= code.startsWith("4");
                if (!PROBLEM_REF.equals(content.path("application/problem+json").path("schema").path("$ref").asText())) {
                    findings.add("problem-response: " + where + " answers " + code + " without the Problem schema in application/problem+json");
                }
            }
        }
        if (!success) {
            findings.add("operation-2xx-response: " + where + " documents no 2xx response");
        }
        if (!clientError) {
            findings.add("operation-4xx-response: " + where + " documents no 4xx response");
        }
    }

    private static boolean hasSchema(JsonNode content) {
        if (!content.isObject() || content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            if (media.path("schema").isMissingNode() || media.path("schema").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String firstDifference(String at, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!expected.path(name).equals(actual.path(name))) {
                    return firstDifference(at + "/" + name, expected.path(name), actual.path(name));
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    return firstDifference(at + "/" + i, expected.get(i), actual.get(i));
                }
            }
        }
        return (at.isEmpty() ? "/" : at) + " (committed: " + abbreviate(expected) + ", live: " + abbreviate(actual) + ")";
    }

    private static String abbreviate(JsonNode node) {
        String text = node.isMissingNode() ? "absent" : node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
