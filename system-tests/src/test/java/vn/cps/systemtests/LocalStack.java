package vn.cps.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

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
    java.sql.Connection database(String name) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + (base + 32) + "/" + name,
                "postgres", "postgres");
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + (base + 92);
    }

    Path logs() {
        return home.resolve("logs");
    }

    private static void run(Path root, Path home, int base, Duration timeout, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("deploy/local/stack.sh").toString()));
        command.addAll(List.of(args));
        // not inheritIO: surefire's forked JVM talks to Maven over its stdout
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("CPS_STACK_HOME", home.toString());
        env.put("CPS_PORT_BASE", Integer.toString(base));
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
