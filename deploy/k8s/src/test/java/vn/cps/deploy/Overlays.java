package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The overlays under deploy/k8s/overlays, rendered once per test run. */
final class Overlays {

    static final Path K8S = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    static final Path REPOSITORY = K8S.resolve("../..").normalize();
    static final List<String> NAMES = List.of("dev", "prod");
    static final List<String> SERVICES = List.of("case-service", "plan-service", "reporting-service",
            "notification-service");
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static Path dir(String overlay) {
        return K8S.resolve("overlays").resolve(overlay);
    }

    static List<ObjectNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> List.copyOf(KustomizeBuild.build(dir(name))));
    }

    static Stream<ObjectNode> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(o -> o.path("kind").asText().equals(kind));
    }

    static ObjectNode named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).filter(o -> o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
