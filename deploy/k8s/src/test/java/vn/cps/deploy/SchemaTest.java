package vn.cps.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rendered object, checked strictly against the Kubernetes API and the operators' CRDs, offline. */
class SchemaTest {

    private static final ManifestSchemas SCHEMAS = new ManifestSchemas(Overlays.K8S.resolve("schemas"));

    @TestFactory
    Stream<DynamicTest> every_object_of_every_overlay_is_valid() {
        return Overlays.NAMES.stream().flatMap(overlay -> Overlays.render(overlay).stream()
                .map(object -> DynamicTest.dynamicTest(overlay + " " + KustomizeBuild.id(object),
                        () -> assertThat(SCHEMAS.problems(object)).as(KustomizeBuild.id(object)).isEmpty())));
    }

    @Test
    void a_misspelled_field_of_a_deployment_is_refused() {
        ObjectNode deployment = Overlays.named("dev", "Deployment", "case-service").deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("livenesProbe", container.remove("livenessProbe"));

        assertThat(SCHEMAS.problems(deployment)).singleElement().asString()
                .contains("containers[0]").contains("livenesProbe");
    }

    @Test
    void a_string_where_the_api_wants_a_number_or_a_boolean_is_refused() {
        ObjectNode deployment = Overlays.named("dev", "Deployment", "case-service").deepCopy();
        ((ObjectNode) deployment.get("spec")).put("replicas", "2");
        assertThat(SCHEMAS.problems(deployment)).isNotEmpty();

        ObjectNode account = Overlays.named("dev", "ServiceAccount", "case-service").deepCopy();
        account.put("automountServiceAccountToken", "false");
        assertThat(SCHEMAS.problems(account)).isNotEmpty();
    }

    @Test
    void custom_resources_are_held_to_their_crd() {
        ObjectNode topic = Overlays.named("prod", "KafkaTopic", "cps-case-events").deepCopy();
        ((ObjectNode) topic.get("spec")).put("partitions", "twelve");
        assertThat(SCHEMAS.problems(topic)).isNotEmpty();

        ObjectNode kafka = Overlays.named("prod", "Kafka", "cps-kafka").deepCopy();
        ((ObjectNode) kafka.at("/spec/kafka")).put("zookeeperConnect", "zk:2181");
        assertThat(SCHEMAS.problems(kafka)).singleElement().asString().contains("zookeeperConnect");

        ObjectNode cluster = Overlays.named("prod", "Cluster", "cps-postgres").deepCopy();
        ((ObjectNode) cluster.at("/spec/postgresql/synchronous")).put("method", "all");
        assertThat(SCHEMAS.problems(cluster)).isNotEmpty();

        // config maps of topics preserve unknown fields: any Kafka topic setting is accepted there
        ObjectNode configured = Overlays.named("prod", "KafkaTopic", "cps-case-events").deepCopy();
        ((ObjectNode) configured.at("/spec/config")).put("segment.ms", "604800000");
        assertThat(SCHEMAS.problems(configured)).isEmpty();
    }

    @Test
    void a_kind_without_a_schema_is_refused() {
        ObjectNode unknown = Overlays.named("dev", "ConfigMap", "cps-platform").deepCopy();
        unknown.put("apiVersion", "example.vn/v1").put("kind", "Gadget");
        assertThat(SCHEMAS.problems(unknown)).containsExactly("no schema for example.vn/v1 Gadget");
    }
}
