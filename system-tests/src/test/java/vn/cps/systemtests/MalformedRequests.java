package vn.cps.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A corpus of malformed requests generated from a service's OpenAPI document: broken JSON, wrong
 * types, huge bodies, deep nesting, invalid Unicode, SQL and script injection, unknown enum values,
 * dates out of range, oversized pages, bad path parameters, wrong content types and methods. Each
 * request is wrong in at least one way the API documents, so none may be accepted.
 */
final class MalformedRequests {

    /** One request of the corpus; {@code kind} names what is wrong with it. */
    record Malformed(String kind, String method, String path, String contentType, Map<String, String> headers,
            byte[] body) {
    }

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE child_case; --", "1; SELECT pg_sleep(10)", "\" OR \"\"=\"",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1:1/x}", "{{7*7}}", "../../../../etc/passwd", "%00", "\u0000", "\\u0000",
            "Robert'); DELETE FROM outbox_event;--", "$(touch /tmp/x)", "\r\nX-Injected: 1");
    private static final List<String> BROKEN_JSON = List.of(
            "{", "}", "[", "{\"a\":}", "{\"a\" 1}", "{'a': 1}", "{\"a\": 1,}", "{\"a\": 01}", "{\"a\": NaN}",
            "{\"a\": Infinity}", "{\"a\": .5}", "{\"a\": \"unterminated}", "{\"a\": tru}", "nul", "{}{}",
            "{\"a\": 1} trailing", "/* comment */ {}", "{\"a\": \"\\x41\"}", "{\"a\": \"\\uZZZZ\"}", "\"just a string\"",
            "12345", "true", "[1, 2, 3]", "{\"a\": [1, 2}", ",", "{\"\": }", "{\"a\":\"b\"\"c\":\"d\"}");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g",
            "' OR '1'='1", "<script>", "%25%30%30", "x".repeat(300), "-1", "null");
    private static final List<Object> WRONG_TYPES = List.of(123456, -1, true, false, List.of(), Map.of(),
            List.of(1, "a"), 1.5e308, "text");
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "99999-12-31T00:00:00Z",
            "-1000000000-01-01T00:00:00Z", "yesterday", "2026-01-01T25:61:00Z", "0000-00-00");
    private static final List<String> BAD_NUMBERS = List.of("-1", "0", "1000000", "99999999999999999999", "abc",
            "1e309", "NaN", "1.5");

    private final JsonNode openapi;
    private final Random random;

    MalformedRequests(JsonNode openapi, long seed) {
        this.openapi = openapi;
        this.random = new Random(seed);
    }

    /** At least {@code minimum} malformed requests: every systematic variant, then random combinations. */
    List<Malformed> corpus(int minimum) {
        List<Malformed> corpus = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> operations = operations();
        for (Map.Entry<String, JsonNode> operation : operations) {
            corpus.addAll(systematic(operation.getKey(), operation.getValue()));
        }
        while (corpus.size() < minimum) {
            Map.Entry<String, JsonNode> operation = operations.get(random.nextInt(operations.size()));
            corpus.add(combined(operation.getKey(), operation.getValue()));
        }
        return corpus;
    }

    private List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        openapi.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "delete").contains(method.getKey())) {
                operations.add(Map.entry(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    private List<Malformed> systematic(String key, JsonNode operation) {
        String method = key.substring(0, key.indexOf(' '));
        String template = key.substring(key.indexOf(' ') + 1);
        String path = validPath(template);
        JsonNode schema = bodySchema(operation);
        List<Malformed> requests = new ArrayList<>();

        if (template.contains("{")) {
            for (String bad : BAD_IDS) {
                String badPath = template.replaceAll("\\{[A-Za-z]+}", URLEncoder.encode(bad, StandardCharsets.UTF_8));
                requests.add(json("path parameter " + bad, method, badPath, schema == null ? null : "{}"));
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.get("name").asText();
            for (String value : badQueryValues(resolve(parameter.path("schema")))) {
                requests.add(json("query " + name + "=" + abbreviate(value), method,
                        path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), schema == null ? null : "{}"));
            }
        }
        requests.add(new Malformed("method not allowed", "PATCH", path, "application/json", Map.of(),
                "{}".getBytes(StandardCharsets.UTF_8)));
        if (schema == null) {
            return requests;
        }

        for (String broken : BROKEN_JSON) {
            requests.add(json("broken JSON " + abbreviate(broken), method, path, broken));
        }
        requests.add(json("body of 300 KB", method, path, "{\"summary\": \"" + "x".repeat(300 * 1024) + "\"}"));
        requests.add(json("body of 2 MB", method, path, "[" + "1,".repeat(1024 * 1024) + "1]"));
        requests.add(json("deep nesting of objects", method, path, "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
        requests.add(json("deep nesting of arrays", method, path, "[".repeat(50_000) + "]".repeat(50_000)));
        requests.add(new Malformed("invalid UTF-8", method, path, "application/json", Map.of(),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        requests.add(new Malformed("overlong UTF-8", method, path, "application/json", Map.of(),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}));
        requests.add(new Malformed("UTF-16 body", method, path, "application/json", Map.of(),
                "{\"a\": 1}".getBytes(StandardCharsets.UTF_16)));
        requests.add(new Malformed("text/plain", method, path, "text/plain", Map.of(), "{}".getBytes(StandardCharsets.UTF_8)));
        requests.add(new Malformed("application/xml", method, path, "application/xml", Map.of(),
                "<intake/>".getBytes(StandardCharsets.UTF_8)));
        requests.add(new Malformed("form", method, path, "application/x-www-form-urlencoded", Map.of(),
                "a=1".getBytes(StandardCharsets.UTF_8)));
        requests.add(new Malformed("empty body", method, path, "application/json", Map.of(), new byte[0]));
        requests.add(new Malformed("oversized Idempotency-Key", method, path, "application/json",
                Map.of("Idempotency-Key", "k".repeat(500), "If-Match", "\"" + "e".repeat(500) + "\""),
                "{}".getBytes(StandardCharsets.UTF_8)));

        for (Map.Entry<String, JsonNode> property : properties(schema)) {
            String name = property.getKey();
            JsonNode type = resolve(property.getValue());
            for (Object wrong : WRONG_TYPES) {
                if (!matchesType(wrong, type)) {
                    requests.add(body("wrong type " + name, method, path, schema, Map.of(name, wrong)));
                }
            }
            if (type.has("enum")) {
                requests.add(body("unknown enum " + name, method, path, schema, Map.of(name, "NOT_A_VALUE")));
                requests.add(body("enum injection " + name, method, path, schema, Map.of(name, "' OR 1=1 --")));
            }
            if (isTemporal(property.getValue(), type)) {
                for (String date : BAD_DATES) {
                    requests.add(body("date out of range " + name, method, path, schema, Map.of(name, date)));
                }
            }
            if ("string".equals(type.path("type").asText())) {
                for (String injection : INJECTIONS) {
                    requests.add(body("injection " + name, method, path, schema, Map.of(name, injection)));
                }
                requests.add(body("lone surrogate " + name, method, path, schema, Map.of(name, "\ud800")));
                if (type.has("maxLength")) {
                    requests.add(body("too long " + name, method, path, schema,
                            Map.of(name, "é".repeat(type.get("maxLength").asInt() + 1))));
                }
            }
        }
        return requests;
    }

    /** Two or three faults at once, on a random operation. */
    private Malformed combined(String key, JsonNode operation) {
        String method = key.substring(0, key.indexOf(' '));
        String template = key.substring(key.indexOf(' ') + 1);
        JsonNode schema = bodySchema(operation);
        String path = template.contains("{") && random.nextBoolean()
                ? template.replaceAll("\\{[A-Za-z]+}", URLEncoder.encode(pick(BAD_IDS), StandardCharsets.UTF_8))
                : validPath(template);
        List<JsonNode> queries = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals("query")) {
                queries.add(p);
            }
        });
        if (schema == null) {
            if (queries.isEmpty() && template.contains("{")) {
                return json("combined bad id", method,
                        template.replaceAll("\\{[A-Za-z]+}", URLEncoder.encode(pick(BAD_IDS), StandardCharsets.UTF_8)), null);
            }
            if (queries.isEmpty()) {
                // nothing to get wrong in the request itself but its method
                return new Malformed("method not allowed", "PATCH", path, null, Map.of(), null);
            }
            StringBuilder query = new StringBuilder();
            for (int i = 0; i < 2; i++) {
                JsonNode parameter = queries.get(random.nextInt(queries.size()));
                List<String> values = badQueryValues(resolve(parameter.path("schema")));
                query.append(query.length() == 0 ? "?" : "&").append(parameter.get("name").asText()).append('=')
                        .append(URLEncoder.encode(pick(values), StandardCharsets.UTF_8));
            }
            return json("combined query", method, path + query, null);
        }
        List<Map.Entry<String, JsonNode>> properties = properties(schema);
        Map<String, Object> fields = new LinkedHashMap<>();
        int faults = 2 + random.nextInt(2);
        for (int i = 0; i < faults && !properties.isEmpty(); i++) {
            Map.Entry<String, JsonNode> property = properties.get(random.nextInt(properties.size()));
            JsonNode type = resolve(property.getValue());
            Object value = switch (random.nextInt(4)) {
                case 0 -> pick(INJECTIONS);
                case 1 -> pick(WRONG_TYPES);
                case 2 -> pick(BAD_DATES);
                default -> type.has("enum") ? "NOT_A_VALUE" : pick(WRONG_TYPES);
            };
            fields.put(property.getKey(), value);
        }
        if (fields.isEmpty()) {
            fields.put("unknownField", pick(INJECTIONS));
        }
        return body("combined " + fields.keySet(), method, path, schema, fields);
    }

    /**
     * A body with the given fields. Where the schema requires nothing, an unknown field makes sure the
     * request is refused (unknown fields are errors), so that an injected string never lands as data.
     */
    private Malformed body(String kind, String method, String path, JsonNode schema, Map<String, Object> fields) {
        ObjectNode body = StackClient.JSON.createObjectNode();
        fields.forEach((name, value) -> body.set(name, StackClient.JSON.valueToTree(value)));
        if (!schema.has("required") || schema.get("required").isEmpty()) {
            body.put("notAField", 1);
        }
        return json(kind, method, path, body.toString());
    }

    private static Malformed json(String kind, String method, String path, String body) {
        return new Malformed(kind, method, path, body == null ? null : "application/json", Map.of(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> badQueryValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        String type = schema.path("type").asText();
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(BAD_NUMBERS);
            if (schema.has("maximum")) {
                values.add(Long.toString(schema.get("maximum").asLong() + 1));
            }
            if (schema.has("minimum")) {
                values.add(Long.toString(schema.get("minimum").asLong() - 1));
            }
        } else if (schema.has("enum")) {
            values.addAll(List.of("NOT_A_VALUE", "' OR 1=1 --", "<script>", "lowercase"));
        } else if (type.equals("boolean")) {
            values.addAll(List.of("maybe", "2", "<script>"));
        } else if (schema.path("format").asText().startsWith("date")) {
            values.addAll(BAD_DATES);
        } else {
            if (schema.has("maxLength")) {
                values.add("q".repeat(schema.get("maxLength").asInt() + 1));
            }
            if (schema.has("minLength") && schema.get("minLength").asInt() > 1) {
                values.add("q");
            }
            if (schema.has("pattern")) {
                values.addAll(List.of("' OR 1=1 --", "<script>alert(1)</script>", "%00"));
            }
            if (schema.path("format").asText().equals("uuid")) {
                values.addAll(BAD_IDS);
            }
        }
        // at most 3,000 characters: two such values stay inside the 8 KB request line (longer is a transport error, 414)
        return values.isEmpty() ? List.of("x".repeat(3000)) : values;
    }

    private JsonNode bodySchema(JsonNode operation) {
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        return schema.isMissingNode() ? null : resolve(schema);
    }

    private List<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            properties.add(it.next());
        }
        return properties;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current = openapi.at(current.get("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    private boolean isTemporal(JsonNode declared, JsonNode type) {
        String ref = declared.path("$ref").asText();
        return ref.endsWith("/Instant") || ref.endsWith("/LocalDate") || type.path("format").asText().startsWith("date");
    }

    private static boolean matchesType(Object value, JsonNode schema) {
        String type = schema.path("type").asText();
        return switch (type) {
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Integer;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> false;
        };
    }

    private static String validPath(String template) {
        return template.replace("{province}", "48").replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }
}
