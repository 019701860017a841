package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's intake simulation (load-tests, Gatling) at a tiny scale against this stack:
 * proves that the benchmark command still compiles, authenticates and drives the API. Figures come
 * from load-tests/benchmark.sh, never from here.
 */
class BenchmarkSmokeTest {

    @Test
    void the_intake_simulation_runs_against_the_stack_without_errors() throws Exception {
        LocalStack stack = LocalStack.get();
        // in the module's target, kept for reading after a failure (a temp file was left in /tmp by every run)
        Path log = Path.of("target", "benchmark-smoke.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process gatling = new ProcessBuilder(List.of(stack.root.resolve("mvnw").toString(), "-B", "-pl", "load-tests",
                "test-compile", "gatling:test", "-Dgatling.simulationClass=vn.cps.load.IntakeRateSimulation",
                "-Dcps.base=" + stack.base, "-Dcps.password=" + stack.demoPassword, "-Dcps.rate=2", "-Dcps.seconds=3"))
                .directory(stack.root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = gatling.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            gatling.destroyForcibly();
        }
        assertThat(finished).as("Gatling finished within 5 minutes (its output: %s)", log).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(gatling.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("request count\\s+\\|\\s+6 \\|\\s+6 \\|\\s+-");
    }
}
