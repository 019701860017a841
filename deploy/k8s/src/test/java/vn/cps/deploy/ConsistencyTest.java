package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifests agree with the code they deploy: topics, routes, realm, databases, images. */
class ConsistencyTest {

    private static final Pattern API_PATH = Pattern.compile("@Path\\(\"/api/v1(/[^\"]*)?\"\\)");
    private static final Pattern SUB_PATH = Pattern.compile("@Path\\(\"([a-z-]+)[^\"]*\"\\)");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_topic_a_service_produces_consumes_or_dead_letters_to_is_a_kafka_topic(String overlay) throws IOException {
        Set<String> used = new TreeSet<>();
        for (String service : Overlays.SERVICES) {
            Properties properties = properties(service);
            properties.stringPropertyNames().stream()
                    .filter(key -> key.equals("cps.outbox.topic") || key.endsWith(".topic"))
                    .forEach(key -> used.add(properties.getProperty(key)));
        }
        Set<String> declared = new TreeSet<>();
        Overlays.ofKind(overlay, "KafkaTopic").forEach(topic -> declared.add(topic.at("/spec/topicName").asText()));

        assertThat(used).contains("cps.case.events", "cps.case.events.reporting-service.dlq");
        assertThat(declared).isEqualTo(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void the_ingress_routes_every_public_api_of_every_service_and_nothing_else(String overlay) throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (String service : Overlays.SERVICES) {
            for (String segment : apiSegments(service)) {
                if (!segment.equals("admin")) {
                    expected.put("/api/v1/" + segment, service);
                }
            }
        }
        Map<String, String> routed = new TreeMap<>();
        ObjectNode ingress = Overlays.named(overlay, "Ingress", "cps-api");
        for (JsonNode path : ingress.at("/spec/rules/0/http/paths")) {
            routed.put(path.get("path").asText(), path.at("/backend/service/name").asText());
            assertThat(path.at("/backend/service/port/name").asText()).isEqualTo("http");
        }
        assertThat(expected).containsKeys("/api/v1/intakes", "/api/v1/statistics", "/api/v1/exports", "/api/v1/webhooks");
        assertThat(routed).isEqualTo(expected);
    }

    @Test
    void the_dev_realm_is_the_local_realm_and_prod_has_no_demo_users_or_clients() throws IOException {
        ObjectNode local = (ObjectNode) new ObjectMapper().readTree(
                Overlays.REPOSITORY.resolve("deploy/local/keycloak/child-protection-realm.json").toFile());
        local.put("sslRequired", "external");

        JsonNode dev = Overlays.named("dev", "KeycloakRealmImport", "child-protection").at("/spec/realm");
        assertThat(dev).isEqualTo(local);

        ObjectNode prodExpected = local.deepCopy();
        prodExpected.remove("users");
        ArrayNode clients = prodExpected.putArray("clients");
        local.get("clients").forEach(client -> {
            if (client.get("clientId").asText().equals("cps-api-client")) {
                clients.add(client);
            }
        });
        JsonNode prod = Overlays.named("prod", "KeycloakRealmImport", "child-protection").at("/spec/realm");
        assertThat(prod).isEqualTo(prodExpected);
        assertThat(prod.toString()).doesNotContain("CPS_DEMO_PASSWORD", "CPS_PARTNER_SECRET", "CPS_HOTLINE_SECRET",
                "CPS_DIRECTORY_SECRET");
        assertThat(Overlays.named("prod", "KeycloakRealmImport", "child-protection").at("/spec/placeholders").isMissingNode())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void each_service_owns_its_database_through_its_own_role(String overlay) {
        ObjectNode cluster = Overlays.named(overlay, "Cluster", "cps-postgres");
        Map<String, String> rolePasswords = new HashMap<>();
        cluster.at("/spec/managed/roles").forEach(role ->
                rolePasswords.put(role.get("name").asText(), role.at("/passwordSecret/name").asText()));
        Set<String> hba = new HashSet<>();
        cluster.at("/spec/postgresql/pg_hba").forEach(line -> hba.add(line.asText()));
        Set<String> databases = new HashSet<>();

        for (ObjectNode deployment : Overlays.ofKind(overlay, "Deployment").toList()) {
            String service = Overlays.name(deployment);
            String url = Overlays.named(overlay, "ConfigMap", service).at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText();
            Matcher jdbc = Pattern.compile("jdbc:postgresql://cps-postgres-rw:5432/(\\w+)\\?sslmode=require").matcher(url);
            assertThat(jdbc.matches()).as(url).isTrue();
            String database = jdbc.group(1);
            assertThat(databases.add(database)).as("a database of its own for " + service).isTrue();

            ObjectNode resource = Overlays.ofKind(overlay, "Database")
                    .filter(d -> d.at("/spec/name").asText().equals(database)).findFirst().orElseThrow();
            String owner = resource.at("/spec/owner").asText();
            assertThat(resource.at("/spec/databaseReclaimPolicy").asText()).isEqualTo("retain");
            assertThat(hba).contains("hostssl " + database + " " + owner + " all scram-sha-256");

            String secret = secretOf(deployment, "QUARKUS_DATASOURCE_PASSWORD");
            assertThat(secretOf(deployment, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(secret);
            assertThat(rolePasswords).containsEntry(owner, secret);
        }
        assertThat(cluster.at("/spec/postgresql/pg_hba").get(cluster.at("/spec/postgresql/pg_hba").size() - 1).asText())
                .isEqualTo("host all all all reject");
        assertThat(cluster.at("/spec/plugins/0/isWALArchiver").asBoolean()).isTrue();
        assertThat(Overlays.named(overlay, "ScheduledBackup", "cps-postgres-nightly").at("/spec/cluster/name").asText())
                .isEqualTo("cps-postgres");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void a_service_that_seals_fields_gets_its_keys_from_a_secret_of_its_own(String overlay) throws IOException {
        Set<String> secrets = new HashSet<>();
        int sealing = 0;
        for (String service : Overlays.SERVICES) {
            ObjectNode deployment = Overlays.named(overlay, "Deployment", service);
            if (!"true".equals(properties(service).getProperty("cps.sealing.at-rest"))) {
                assertThat(deployment.at("/spec/template/spec/containers/0/env").toString())
                        .as(service + " seals nothing").doesNotContain("CPS_SEALING_");
                continue;
            }
            sealing++;
            String secret = secretOf(deployment, "CPS_SEALING_KEYS");
            assertThat(secretOf(deployment, "CPS_SEALING_ACTIVE_KEY")).isEqualTo(secret);
            assertThat(secretOf(deployment, "CPS_SEALING_LOOKUP_KEY")).isEqualTo(secret);
            assertThat(secrets.add(secret)).as("a sealing secret of its own for " + service).isTrue();
        }
        assertThat(sealing).as("services that seal: case-service and notification-service").isEqualTo(2);
    }

    @Test
    void every_service_has_a_jvm_dockerfile_and_the_image_name_quarkus_builds() throws IOException {
        String shared = Files.readString(Overlays.REPOSITORY.resolve(
                "platform/service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        assertThat(shared).contains("quarkus.container-image.group=cps",
                "quarkus.container-image.name=${quarkus.application.name}");
        for (String service : Overlays.SERVICES) {
            Path dockerfile = Overlays.REPOSITORY.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
            assertThat(Files.readString(dockerfile)).contains("COPY --chown=185 target/quarkus-app/", "USER 185",
                    "EXPOSE 8080");
            assertThat(properties(service).getProperty("quarkus.application.name")).isEqualTo(service);
            assertThat(Overlays.K8S.resolve("base").resolve(service).resolve("deployment.yaml"))
                    .content().contains("image: cps/" + service + "\n");
        }
    }

    private static String secretOf(JsonNode deployment, String variable) {
        for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
            if (env.get("name").asText().equals(variable)) {
                return env.at("/valueFrom/secretKeyRef/name").asText();
            }
        }
        throw new AssertionError(variable + " is not set");
    }

    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(
                Overlays.REPOSITORY.resolve(service).resolve("src/main/resources/application.properties"))));
        return properties;
    }

    /** The first segment after /api/v1 of every resource path in a service's sources. */
    private static Set<String> apiSegments(String service) throws IOException {
        Set<String> segments = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Overlays.REPOSITORY.resolve(service).resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.java")).toList()) {
                String source = Files.readString(file);
                Matcher root = API_PATH.matcher(source);
                if (!root.find()) {
                    continue;
                }
                if (root.group(1) != null) {
                    segments.add(root.group(1).substring(1).split("/")[0]);
                } else {
                    Matcher sub = SUB_PATH.matcher(source.substring(root.end()));
                    while (sub.find()) {
                        segments.add(sub.group(1));
                    }
                }
            }
        }
        return segments;
    }
}
