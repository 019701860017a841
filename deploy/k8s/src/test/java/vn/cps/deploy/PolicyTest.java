package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules every workload of every overlay keeps, and what prod adds for availability. */
class PolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_deployment_has_probes_limits_and_runs_locked_down(String overlay) {
        List<ObjectNode> deployments = Overlays.ofKind(overlay, "Deployment").toList();
        assertThat(deployments).hasSize(Overlays.SERVICES.size());
        for (ObjectNode deployment : deployments) {
            assertThat(violations(deployment)).as(Overlays.name(deployment)).isEmpty();
        }
    }

    @Test
    void the_policy_check_catches_what_it_claims_to() {
        ObjectNode deployment = Overlays.named("dev", "Deployment", "plan-service").deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.remove("readinessProbe");
        ((ObjectNode) container.get("resources")).remove("limits");
        ((ObjectNode) container.get("securityContext")).put("readOnlyRootFilesystem", false);
        ((ObjectNode) deployment.at("/spec/template/spec/securityContext")).put("runAsNonRoot", false);
        container.put("image", "registry.cps.example.vn/cps/plan-service:latest");

        assertThat(violations(deployment)).containsExactlyInAnyOrder(
                "plan-service: no readinessProbe on /q/health/ready",
                "plan-service: no cpu limit", "plan-service: no memory limit",
                "plan-service: root filesystem is writable",
                "pod may run as root",
                "plan-service: image registry.cps.example.vn/cps/plan-service:latest has no fixed tag");
    }

    @Test
    void prod_keeps_two_replicas_through_drains_scales_on_cpu_and_spreads_over_nodes() {
        Map<String, ObjectNode> budgets = byName(Overlays.ofKind("prod", "PodDisruptionBudget").toList());
        Map<String, ObjectNode> autoscalers = byName(Overlays.ofKind("prod", "HorizontalPodAutoscaler").toList());
        for (ObjectNode deployment : Overlays.ofKind("prod", "Deployment").toList()) {
            String name = Overlays.name(deployment);
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            assertThat(deployment.at("/spec/replicas").asInt()).as(name).isGreaterThanOrEqualTo(2);

            ObjectNode budget = budgets.get(name);
            assertThat(budget).as("PodDisruptionBudget of " + name).isNotNull();
            assertThat(Selectors.matches(budget.at("/spec/selector"), podLabels)).as(name).isTrue();
            assertThat(budget.at("/spec/minAvailable").asInt()).isGreaterThanOrEqualTo(1);

            ObjectNode autoscaler = autoscalers.get(name);
            assertThat(autoscaler).as("HorizontalPodAutoscaler of " + name).isNotNull();
            assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
            assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
            assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(autoscaler.at("/spec/maxReplicas").asInt())
                    .isGreaterThan(autoscaler.at("/spec/minReplicas").asInt());

            Set<String> spreadKeys = new java.util.HashSet<>();
            for (JsonNode constraint : deployment.at("/spec/template/spec/topologySpreadConstraints")) {
                assertThat(Selectors.matches(constraint.get("labelSelector"), podLabels)).isTrue();
                spreadKeys.add(constraint.get("topologyKey").asText());
            }
            assertThat(spreadKeys).as(name).contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        }
        assertThat(Overlays.ofKind("dev", "HorizontalPodAutoscaler")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void images_come_from_the_overlay_registry_with_the_project_version(String overlay) {
        String tag = overlay.equals("prod") ? "0.1.0" : "0.1.0-SNAPSHOT";
        for (ObjectNode deployment : Overlays.ofKind(overlay, "Deployment").toList()) {
            assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
                    .isEqualTo("registry.cps.example.vn/cps/" + Overlays.name(deployment) + ":" + tag);
        }
    }

    /** The rule breaches of one Deployment, in words an operator reads. */
    static List<String> violations(JsonNode deployment) {
        List<String> violations = new ArrayList<>();
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode podSecurity = pod.path("securityContext");
        if (!podSecurity.path("runAsNonRoot").asBoolean(false)) {
            violations.add("pod may run as root");
        }
        if (!"RuntimeDefault".equals(podSecurity.at("/seccompProfile/type").asText())) {
            violations.add("pod has no RuntimeDefault seccomp profile");
        }
        if (pod.path("automountServiceAccountToken").asBoolean(true)) {
            violations.add("pod mounts a Kubernetes API token it does not need");
        }
        for (JsonNode container : pod.path("containers")) {
            String name = container.path("name").asText();
            for (Map.Entry<String, String> probe : Map.of("livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready", "startupProbe", "/q/health/started").entrySet()) {
                if (!probe.getValue().equals(container.path(probe.getKey()).at("/httpGet/path").asText())) {
                    violations.add(name + ": no " + probe.getKey() + " on " + probe.getValue());
                }
            }
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (container.at("/resources/" + kind + "/" + resource).isMissingNode()) {
                        violations.add(name + ": no " + resource + " " + kind.replaceAll("s$", ""));
                    }
                }
            }
            JsonNode security = container.path("securityContext");
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                violations.add(name + ": root filesystem is writable");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                violations.add(name + ": privilege escalation allowed");
            }
            if (security.path("privileged").asBoolean(false)) {
                violations.add(name + ": privileged");
            }
            Set<String> dropped = new java.util.HashSet<>();
            security.at("/capabilities/drop").forEach(c -> dropped.add(c.asText()));
            if (!dropped.contains("ALL")) {
                violations.add(name + ": capabilities not dropped");
            }
            if (security.has("runAsNonRoot") && !security.get("runAsNonRoot").asBoolean()) {
                violations.add(name + ": may run as root");
            }
            String image = container.path("image").asText();
            KustomizeBuild.ImageReference reference = KustomizeBuild.ImageReference.parse(image);
            if (reference.suffix().isEmpty() || reference.suffix().equals(":latest")) {
                violations.add(name + ": image " + image + " has no fixed tag");
            }
        }
        return violations;
    }

    private static Map<String, ObjectNode> byName(List<ObjectNode> objects) {
        return objects.stream().collect(Collectors.toMap(Overlays::name, o -> o));
    }
}
