package vn.cps.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An RFC 9457 problem read from a refused call, whichever service refused it. Every 4xx and 5xx of
 * the four APIs is {@code application/problem+json}; {@code members} keeps the members that a problem
 * type adds, such as {@code allowed} (the steps a case allows now) on a 409.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
        JsonNode members) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One invalid field: a JSON path into the request and why it was refused. */
    public record Violation(String field, String message) {
    }

    /** The problem in a refused call's body, or empty when the body is not a problem (e.g. a proxy's page). */
    public static Optional<Problem> read(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (!node.isObject() || !node.has("status") || !node.has("title")) {
                return Optional.empty();
            }
            List<Violation> violations = new ArrayList<>();
            node.path("violations").forEach(v -> violations.add(new Violation(v.path("field").asText(), v.path("message").asText())));
            return Optional.of(new Problem(node.path("type").asText(null), node.path("title").asText(),
                    node.path("status").asInt(), node.path("detail").asText(null), List.copyOf(violations), node));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The slug of the problem type: {@code https://cps.gov.vn/problems/stale-version} → {@code stale-version}. */
    public String slug() {
        return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
    }
}
