package vn.cps.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer on small kustomizations: what it does as kustomize does, and what it refuses. */
class KustomizeBuildTest {

    @TempDir
    Path dir;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app.kubernetes.io/part-of: cps}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: cps/web
                    - name: proxy
                      image: localhost:5000/tools/proxy:1.0
            """;

    @Test
    void namespace_labels_replicas_and_images_are_applied_to_a_base() throws IOException {
        write("base/kustomization.yaml", "resources: [deployment.yaml]\n");
        write("base/deployment.yaml", DEPLOYMENT);
        write("overlay/kustomization.yaml", """
                namespace: cps-test
                labels:
                  - pairs: {cps.vn/environment: test}
                resources: [../base]
                replicas:
                  - {name: web, count: 3}
                images:
                  - {name: cps/web, newName: registry.example/cps/web, newTag: "1.2.3"}
                  - {name: localhost:5000/tools/proxy, digest: "sha256:abc"}
                """);

        ObjectNode web = single(KustomizeBuild.build(dir.resolve("overlay")));

        assertThat(web.at("/metadata/namespace").asText()).isEqualTo("cps-test");
        assertThat(web.at("/metadata/labels/cps.vn~1environment").asText()).isEqualTo("test");
        assertThat(web.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(web.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("registry.example/cps/web:1.2.3");
        assertThat(web.at("/spec/template/spec/containers/1/image").asText())
                .isEqualTo("localhost:5000/tools/proxy@sha256:abc");
    }

    @Test
    void a_component_patches_the_resources_of_the_kustomization_that_includes_it() throws IOException {
        write("component/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                patches:
                  - path: probe.yaml
                    target: {kind: Deployment, labelSelector: app.kubernetes.io/part-of=cps}
                """);
        write("component/probe.yaml", """
                - op: add
                  path: /spec/template/spec/containers/0/readinessProbe
                  value: {httpGet: {path: /q/health/ready, port: http}}
                """);
        write("service/kustomization.yaml", "resources: [deployment.yaml]\ncomponents: [../component]\n");
        write("service/deployment.yaml", DEPLOYMENT);

        ObjectNode web = single(KustomizeBuild.build(dir.resolve("service")));

        assertThat(web.at("/spec/template/spec/containers/0/readinessProbe/httpGet/path").asText())
                .isEqualTo("/q/health/ready");
        assertThat(web.at("/spec/template/spec/containers/1/readinessProbe").isMissingNode()).isTrue();
    }

    @Test
    void a_patch_that_matches_nothing_is_an_error_not_a_silent_no_op() throws IOException {
        write("k/kustomization.yaml", """
                resources: [deployment.yaml]
                patches:
                  - patch: '[{"op": "replace", "path": "/spec/replicas", "value": 2}]'
                    target: {kind: Deployment, name: api}
                """);
        write("k/deployment.yaml", DEPLOYMENT);

        assertThatThrownBy(() -> KustomizeBuild.build(dir.resolve("k")))
                .isInstanceOf(KustomizeBuild.KustomizeException.class).hasMessageContaining("matches no resource");
    }

    @Test
    void what_the_renderer_does_not_implement_is_refused() throws IOException {
        write("a/kustomization.yaml", "resources: [deployment.yaml]\ncommonLabels: {a: b}\n");
        write("a/deployment.yaml", DEPLOYMENT);
        assertThatThrownBy(() -> KustomizeBuild.build(dir.resolve("a"))).hasMessageContaining("'commonLabels'");

        write("b/kustomization.yaml", """
                resources: [deployment.yaml]
                patches:
                  - patch: '{"spec": {"replicas": 2}}'
                    target: {kind: Deployment}
                """);
        write("b/deployment.yaml", DEPLOYMENT);
        assertThatThrownBy(() -> KustomizeBuild.build(dir.resolve("b"))).hasMessageContaining("only JSON 6902");
    }

    @Test
    void the_same_object_twice_is_refused() throws IOException {
        write("d/kustomization.yaml", "resources: [one.yaml, two.yaml]\n");
        write("d/one.yaml", DEPLOYMENT);
        write("d/two.yaml", DEPLOYMENT);
        assertThatThrownBy(() -> KustomizeBuild.build(dir.resolve("d"))).hasMessageContaining("apps/Deployment//web");
    }

    private static ObjectNode single(List<ObjectNode> objects) {
        assertThat(objects).hasSize(1);
        return objects.get(0);
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
