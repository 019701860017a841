package vn.cps.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The stack of {@code deploy/local/stack.sh}, started once for all scenarios with its own state
 * under {@code target/} and its own port range, and stopped at the end, also after failures.
 * The port range is {@code CPS_SYSTEM_TESTS_PORT_BASE} (default 28200).
 */
final class LocalStack {

    private static LocalStack instance;

    final Path root;
    final Path home;
    final int base;
    final String realm;
    final String demoPassword;
    final String partnerSecret;
    final String hotlineSecret;
    final String keycloakAdminPassword;

    private LocalStack(Path root, Path home, int base) throws IOException {
        this.root = root;
        this.home = home;
        this.base = base;
        this.realm = "http://127.0.0.1:" + (base + 80) + "/realms/child-protection";
        Properties secrets = new Properties();
        try (var in = Files.newBufferedReader(home.resolve("secrets.env"))) {
            secrets.load(in);
        }
        this.demoPassword = secrets.getProperty("CPS_DEMO_PASSWORD");
        this.partnerSecret = secrets.getProperty("CPS_PARTNER_SECRET");
        this.hotlineSecret = secrets.getProperty("CPS_HOTLINE_SECRET");
        this.keycloakAdminPassword = secrets.getProperty("KC_BOOTSTRAP_ADMIN_PASSWORD");
    }

    static synchronized LocalStack get() {
        if (instance == null) {
            Path root = Path.of(System.getProperty("cps.root", "..")).toAbsolutePath().normalize();
            Path home = Path.of("target", "stack").toAbsolutePath();
            String env = System.getenv("CPS_SYSTEM_TESTS_PORT_BASE");
            int base = env == null || env.isBlank() ? 28200 : Integer.parseInt(env.trim());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(root, home, base, Duration.ofMinutes(2),
                    "down", "--reset"), "stack-down"));
            run(root, home, base, Duration.ofMinutes(15), "up");
            try {
                instance = new LocalStack(root, home, base);
            } catch (IOException e) {
                throw new IllegalStateException("The stack left no secrets file", e);
            }
        }
        return instance;
    }

    /** Keycloak's base URL (the realm's issuer without /realms/...). */
    String keycloak() {
        return realm.substring(0, realm.indexOf("/realms/"));
    }

    String service(String name) {
        int offset = switch (name) {
            case "case" -> 81;
            case "plan" -> 82;
            case "reporting" -> 83;
            case "notification" -> 84;
            default -> throw new IllegalArgumentException(name);
        };
        return "http://127.0.0.1:" + (base + offset);
    }

    /** stack.sh stop|start|kill NAME: one component, for the fault tests. */
    void control(String action, String component) {
        run(root, home, base, Duration.ofMinutes(5), action, component);
    }

    /** A connection to one database of the stack's PostgreSQL, as its superuser (the fault and corpus tests). */
    Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + (base + 32) + "/" + name,
                "postgres", "postgres");
    }

    /** The stack's consumer groups and the topics each reads. */
    private static final Map<String, List<String>> CONSUMED = Map.of(
            "notification-service", List.of("cps.case.events", "cps.plan.events"),
            "reporting-service", List.of("cps.case.events"),
            "plan-service", List.of("cps.reporting.events"));
    private static final List<String> DATABASES = List.of("cps_case", "cps_plan", "cps_reporting", "cps_notification");

    /**
     * Waits until every outbox is published and no consumer group lags behind a committed offset,
     * twice in a row with no new record or commit between: then whatever the calls so far set off
     * is done, and nothing more follows from them. Fails with what was still pending.
     * A partition on which a group has committed nothing (or 0) is not counted as lagging: the
     * consumers commit only when records advance, so a commit lost while the broker was away is not
     * made again until the next record, although the records were applied (and a redelivery would
     * be deduplicated by processed_event).
     */
    void awaitSettled(Duration timeout) {
        Map<String, String> previous = new HashMap<>();
        List<String> pending = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(
                "bootstrap.servers", kafkaBootstrap(), "request.timeout.ms", 10_000, "default.api.timeout.ms", 20_000))) {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                pending.clear();
                for (String database : DATABASES) {
                    try (Connection db = database(database);
                            Statement sql = db.createStatement();
                            ResultSet rows = sql.executeQuery(
                                    "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            pending.add(database + ": " + rows.getLong(1) + " unpublished");
                        }
                    }
                }
                Map<String, String> ends = new HashMap<>();
                for (Map.Entry<String, List<String>> group : CONSUMED.entrySet()) {
                    var committed = admin.listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata().get();
                    var partitions = admin.describeTopics(group.getValue()).allTopicNames().get().values().stream()
                            .flatMap(t -> t.partitions().stream()
                                    .map(p -> new TopicPartition(t.name(), p.partition())))
                            .collect(Collectors.toMap(tp -> tp,
                                    tp -> OffsetSpec.latest()));
                    for (var end : admin.listOffsets(partitions).all().get().entrySet()) {
                        long endOffset = end.getValue().offset();
                        var at = committed.get(end.getKey());
                        long done = at == null ? 0 : at.offset();
                        ends.put(group.getKey() + "@" + end.getKey(), done + " of " + endOffset);
                        if (done > 0 && done < endOffset) {
                            pending.add(group.getKey() + " at " + done + " of " + endOffset + " on " + end.getKey());
                        }
                    }
                }
                boolean unchanged = ends.equals(previous);
                previous.clear();
                previous.putAll(ends);
                return pending.isEmpty() && unchanged;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Awaited every outbox published and no consumer group lagging for " + timeout
                    + "; still pending: " + pending, e);
        }
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + (base + 92);
    }

    Path logs() {
        return home.resolve("logs");
    }

    private static void run(Path root, Path home, int base, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/stack.sh").toString()));
        command.addAll(List.of(args));
        // not inheritIO: surefire's forked JVM talks to Maven over its stdout
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("CPS_STACK_HOME", home.toString());
        env.put("CPS_PORT_BASE", Integer.toString(base));
        // the scenarios wait for indicators measured from their cases, not for the production interval
        env.put("CPS_REPORTING_INDICATORS_INTERVAL", "2s");
        // the scenarios backdate their cases: a deadline scan between a case's opening and its
        // assessment would find its 12 hours long past and count a deadline missed the scenario never had
        env.put("CPS_CASE_DEADLINE_SCAN_INTERVAL", "off");
        // the recipients directory is read again every 2 s, so a user disabled in Keycloak stops at once
        env.put("CPS_DIRECTORY_REFRESH", "2s");
        // this stack lives minutes in a fresh clone: writing class-data archives at every stop costs
        // more than the later starts save (an archive a developer's stack already wrote is used)
        env.put("CPS_APPCDS", "false");
        try {
            Process process = builder.start();
            Thread echo = new Thread(() -> {
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                        java.nio.charset.StandardCharsets.UTF_8))) {
                    lines.lines().forEach(line -> System.out.println("[stack] " + line));
                } catch (IOException ignored) {
                    // the script ended
                }
            }, "stack-output");
            echo.setDaemon(true);
            echo.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("stack.sh " + String.join(" ", args) + " took longer than " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("stack.sh " + String.join(" ", args) + " failed with " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
