package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Kubernetes label selectors (matchLabels and matchExpressions) evaluated against labels. */
final class Selectors {

    private Selectors() {
    }

    /** An empty selector selects everything, as in NetworkPolicy podSelector: {}. */
    static boolean matches(JsonNode selector, JsonNode labels) {
        for (Map.Entry<String, JsonNode> label : (Iterable<Map.Entry<String, JsonNode>>) () -> selector.path("matchLabels").fields()) {
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean has = labels.has(key);
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> has && values.contains(labels.get(key).asText());
                case "NotIn" -> !has || !values.contains(labels.get(key).asText());
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> throw new IllegalArgumentException("operator " + expression.path("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
