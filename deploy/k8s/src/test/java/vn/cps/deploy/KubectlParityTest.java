package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where kubectl is installed, its kustomize must render each overlay exactly as our renderer does,
 * so that what the tests check is what `kubectl apply -k` applies. Skipped on machines without kubectl.
 */
class KubectlParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubectl_kustomize_renders_the_same_objects(String overlay) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed");
        Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", Overlays.dir(overlay).toString())
                .redirectOutput(out.toFile()).redirectErrorStream(false).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

        Map<String, JsonNode> theirs = byId(KustomizeBuild.readDocuments(out));
        Map<String, JsonNode> ours = byId(Overlays.render(overlay));
        Files.delete(out);

        assertThat(ours.keySet()).isEqualTo(theirs.keySet());
        ours.forEach((id, object) -> assertThat(object).as(id).isEqualTo(theirs.get(id)));
    }

    private static Map<String, JsonNode> byId(Iterable<ObjectNode> objects) {
        Map<String, JsonNode> byId = new TreeMap<>();
        objects.forEach(object -> byId.put(KustomizeBuild.id(object), object));
        return byId;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
