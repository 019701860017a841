package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cps.deploy.NetworkFlows.Endpoint;

/** Who may talk to whom in each overlay, decided from the rendered NetworkPolicies. */
class NetworkPolicyTest {

    private static final ObjectNode POSTGRES = labels("cnpg.io/cluster", "cps-postgres", "cnpg.io/podRole", "instance",
            "role", "primary");
    private static final ObjectNode KAFKA_BROKER = labels("strimzi.io/cluster", "cps-kafka", "strimzi.io/kind", "Kafka",
            "strimzi.io/name", "cps-kafka-kafka", "strimzi.io/broker-role", "true", "strimzi.io/pool-name", "broker");
    private static final ObjectNode KEYCLOAK = labels("app", "keycloak", "app.kubernetes.io/instance", "cps-keycloak",
            "app.kubernetes.io/managed-by", "keycloak-operator");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everything_is_denied_unless_a_policy_allows_it(String overlay) {
        String namespace = namespace(overlay);
        assertThat(Overlays.ofKind(overlay, "NetworkPolicy")).anySatisfy(policy -> {
            assertThat(policy.at("/spec/podSelector").isEmpty()).isTrue();
            assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
            assertThat(policy.at("/spec/ingress").isMissingNode() && policy.at("/spec/egress").isMissingNode()).isTrue();
        });
        NetworkFlows flows = flows(overlay);
        Endpoint stranger = Endpoint.pod(namespace, labels("app", "debug-shell"), "10.244.9.9");
        assertThat(flows.allowed(stranger, pod(namespace, POSTGRES, 2), "TCP", 5432)).isFalse();
        assertThat(flows.allowed(stranger, Endpoint.external("203.0.113.7"), "TCP", 443)).isFalse();
        assertThat(flows.allowed(stranger, dns(), "UDP", 53)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void each_service_reaches_only_postgres_kafka_and_keycloak(String overlay) {
        String namespace = namespace(overlay);
        NetworkFlows flows = flows(overlay);
        List<Endpoint> services = services(overlay);
        Endpoint postgres = pod(namespace, POSTGRES, 2);
        Endpoint broker = pod(namespace, KAFKA_BROKER, 3);
        Endpoint keycloak = pod(namespace, KEYCLOAK, 4);
        for (Endpoint service : services) {
            String name = service.labels().path("app.kubernetes.io/name").asText();
            assertThat(flows.allowed(service, postgres, "TCP", 5432)).as(name + " -> postgres").isTrue();
            assertThat(flows.allowed(service, broker, "TCP", 9093)).as(name + " -> kafka tls").isTrue();
            assertThat(flows.allowed(service, keycloak, "TCP", 8080)).as(name + " -> keycloak").isTrue();
            assertThat(flows.allowed(service, dns(), "UDP", 53)).as(name + " -> dns").isTrue();

            assertThat(flows.allowed(service, postgres, "TCP", 8000)).as(name + " -> postgres status").isFalse();
            assertThat(flows.allowed(service, broker, "TCP", 9091)).as(name + " -> kafka replication").isFalse();
            assertThat(flows.allowed(service, keycloak, "TCP", 9000)).as(name + " -> keycloak management").isFalse();
            assertThat(flows.allowed(service, Endpoint.external("10.96.0.1"), "TCP", 443)).as(name + " -> kube api").isFalse();
            for (Endpoint other : services) {
                if (other != service) {
                    assertThat(flows.allowed(service, other, "TCP", 8080)).as(name + " -> another service").isFalse();
                }
            }
            boolean notification = name.equals("notification-service");
            assertThat(flows.allowed(service, Endpoint.external("203.0.113.7"), "TCP", 443))
                    .as(name + " -> a partner's webhook").isEqualTo(notification);
            assertThat(flows.allowed(service, Endpoint.external("203.0.113.8"), "TCP", 587))
                    .as(name + " -> SMTP").isEqualTo(notification);
            assertThat(flows.allowed(service, Endpoint.external("192.168.1.10"), "TCP", 443))
                    .as(name + " -> a private address").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void only_the_ingress_controller_and_prometheus_reach_the_services(String overlay) {
        String namespace = namespace(overlay);
        NetworkFlows flows = flows(overlay);
        Endpoint controller = Endpoint.pod("ingress-nginx", labels("app.kubernetes.io/name", "ingress-nginx"), "10.244.7.1");
        Endpoint prometheus = Endpoint.pod("monitoring", labels("app.kubernetes.io/name", "prometheus"), "10.244.7.2");
        Endpoint elsewhere = Endpoint.pod("other-team", labels("app", "curious"), "10.244.7.3");
        for (Endpoint service : services(overlay)) {
            assertThat(flows.allowed(controller, service, "TCP", 8080)).isTrue();
            assertThat(flows.allowed(prometheus, service, "TCP", 8080)).isTrue();
            assertThat(flows.allowed(elsewhere, service, "TCP", 8080)).isFalse();
            assertThat(flows.allowed(pod(namespace, KAFKA_BROKER, 3), service, "TCP", 8080)).isFalse();
        }
        assertThat(flows.allowed(controller, pod(namespace, KEYCLOAK, 4), "TCP", 8443)).isTrue();
        assertThat(flows.allowed(elsewhere, pod(namespace, KEYCLOAK, 4), "TCP", 8443)).isFalse();
        assertThat(flows.allowed(controller, pod(namespace, POSTGRES, 2), "TCP", 5432)).isFalse();
        assertThat(flows.allowed(elsewhere, pod(namespace, KAFKA_BROKER, 3), "TCP", 9093)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void the_database_admits_the_services_keycloak_its_replicas_and_its_operator(String overlay) {
        String namespace = namespace(overlay);
        NetworkFlows flows = flows(overlay);
        Endpoint postgres = pod(namespace, POSTGRES, 2);
        Endpoint standby = pod(namespace, labels("cnpg.io/cluster", "cps-postgres", "cnpg.io/podRole", "instance",
                "role", "replica"), 5);
        assertThat(flows.allowed(pod(namespace, KEYCLOAK, 4), postgres, "TCP", 5432)).isTrue();
        assertThat(flows.allowed(standby, postgres, "TCP", 5432)).isTrue();
        assertThat(flows.allowed(Endpoint.pod("cnpg-system", labels("app.kubernetes.io/name", "cloudnative-pg"),
                "10.244.8.1"), postgres, "TCP", 8000)).isTrue();
        assertThat(flows.allowed(pod(namespace, KAFKA_BROKER, 3), postgres, "TCP", 5432)).isFalse();
    }

    private static String namespace(String overlay) {
        return Overlays.render(overlay).get(0).at("/metadata/namespace").asText();
    }

    /** The rendered policies, plus the ingress policy Strimzi writes for each listener with networkPolicyPeers. */
    private static NetworkFlows flows(String overlay) {
        List<ObjectNode> policies = new ArrayList<>(Overlays.ofKind(overlay, "NetworkPolicy").toList());
        ObjectNode kafka = Overlays.named(overlay, "Kafka", "cps-kafka");
        ObjectNode strimzi = KustomizeBuild.YAML.createObjectNode();
        strimzi.putObject("metadata").put("name", "cps-kafka-network-policy-kafka")
                .put("namespace", kafka.at("/metadata/namespace").asText());
        ObjectNode spec = strimzi.putObject("spec");
        spec.putObject("podSelector").putObject("matchLabels").put("strimzi.io/cluster", "cps-kafka")
                .put("strimzi.io/kind", "Kafka");
        spec.putArray("policyTypes").add("Ingress");
        ArrayNode rules = spec.putArray("ingress");
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            ObjectNode rule = rules.addObject();
            rule.putArray("ports").addObject().put("protocol", "TCP").put("port", listener.get("port").asInt());
            if (listener.has("networkPolicyPeers")) {
                rule.set("from", listener.get("networkPolicyPeers"));
            }
        }
        policies.add(strimzi);
        return new NetworkFlows(policies);
    }

    private static List<Endpoint> services(String overlay) {
        List<Endpoint> services = new ArrayList<>();
        int i = 10;
        for (ObjectNode deployment : Overlays.ofKind(overlay, "Deployment").toList()) {
            services.add(Endpoint.pod(deployment.at("/metadata/namespace").asText(),
                    deployment.at("/spec/template/metadata/labels"), "10.244.1." + i++));
        }
        return services;
    }

    private static Endpoint pod(String namespace, ObjectNode labels, int host) {
        return Endpoint.pod(namespace, labels, "10.244.2." + host);
    }

    private static Endpoint dns() {
        return Endpoint.pod("kube-system", labels("k8s-app", "kube-dns"), "10.96.0.10");
    }

    private static ObjectNode labels(String... pairs) {
        ObjectNode labels = KustomizeBuild.YAML.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }
}
