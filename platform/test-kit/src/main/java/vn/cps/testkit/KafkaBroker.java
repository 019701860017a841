package vn.cps.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import vn.cps.kafkaruntime.BrokerLauncher;
import vn.cps.kafkaruntime.StorageFormat;

/**
 * A real Kafka 4.x broker (KRaft, one combined broker+controller) in a child JVM on free ports,
 * with its storage under {@code target/}. One per test JVM; it stops when the JVM ends, and the
 * child also exits on its own when this JVM dies. {@code CPS_TEST_KAFKA_BOOTSTRAP} names an
 * already running broker to use instead (then {@link #stop()} and {@link #start()} are not
 * available).
 */
public final class KafkaBroker {

    public static final String BOOTSTRAP_ENV = "CPS_TEST_KAFKA_BOOTSTRAP";
    private static final String CLASSPATH_RESOURCE = "vn/cps/kafkaruntime/broker.classpath";

    private static final int BIND_ATTEMPTS = 3;

    private static KafkaBroker instance;

    private final String bootstrapServers;
    private final Path home;
    private final int port;
    private Process process;

    private KafkaBroker(String bootstrapServers, Path home, int port) {
        this.bootstrapServers = bootstrapServers;
        this.home = home;
        this.port = port;
    }

    public static synchronized KafkaBroker get() {
        if (instance == null) {
            String external = System.getenv(BOOTSTRAP_ENV);
            if (external != null && !external.isBlank()) {
                instance = new KafkaBroker(external, null, -1);
            } else {
                instance = startEmbedded();
            }
        }
        return instance;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean isManaged() {
        return home != null;
    }

    private static KafkaBroker startEmbedded() {
        try {
            Path home = Path.of("target", "kafka", UUID.randomUUID().toString()).toAbsolutePath();
            Files.createDirectories(home);
            Path config = home.resolve("server.properties");
            // a free port may be taken by another process before the broker binds it: try new ones
            for (int attempt = 1;; attempt++) {
                int[] ports = freePorts(2);
                writeConfig(config, home, ports[0], ports[1]);
                KafkaBroker broker = new KafkaBroker("127.0.0.1:" + ports[0], home, ports[0]);
                if (attempt == 1) {
                    broker.format();
                }
                try {
                    broker.start();
                } catch (PortTaken e) {
                    if (attempt < BIND_ATTEMPTS) {
                        continue;
                    }
                    throw new IllegalStateException("Kafka broker found its ports taken " + BIND_ATTEMPTS + " times", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-broker-stop"));
                return broker;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start", e);
        }
    }

    private static void writeConfig(Path config, Path home, int port, int controllerPort) throws IOException {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", home.resolve("data").toString());
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        try (var out = Files.newBufferedWriter(config)) {
            props.store(out, "test broker");
        }
    }

    /** Formats the storage with a cluster id from Kafka's own generator (see StorageFormat). */
    private void format() throws IOException {
        Path log = home.resolve("format.log");
        Process format = launch(List.of(StorageFormat.class.getName(), home.resolve("server.properties").toString()), log);
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts (or restarts, on the same port and data) the broker and waits until it serves requests. */
    public synchronized void start() {
        requireManaged();
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = launch(List.of(BrokerLauncher.class.getName(), home.resolve("server.properties").toString()),
                    home.resolve("broker.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(Duration.ofSeconds(90));
    }

    /** Stops the broker cleanly (SIGTERM), as an outage would. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** Creates topics that do not exist yet. */
    public void createTopics(Collection<String> names, int partitions) {
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (String name : names) {
                topics.add(new NewTopic(name, partitions, (short) 1));
            }
            try {
                admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topics " + names, e.getCause());
                }
            }
        } catch (Exception e) {
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("Could not create topics " + names, e);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String log = brokerLog();
                if (log.contains("Address already in use")) {
                    process = null;
                    throw new PortTaken(log);
                }
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + "; see "
                        + home.resolve("broker.log"));
            }
            if (portOpen()) {
                try (Admin admin = admin()) {
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    // not serving yet
                }
            }
            sleep(200);
        }
        throw new IllegalStateException("Kafka broker not ready within " + timeout + "; see " + home.resolve("broker.log"));
    }

    private String brokerLog() {
        try {
            return Files.readString(home.resolve("broker.log"));
        } catch (IOException e) {
            return "";
        }
    }

    /** The broker could not bind its port: another process took it after it was found free. */
    private static final class PortTaken extends RuntimeException {
        PortTaken(String log) {
            super(log.length() > 2000 ? log.substring(log.length() - 2000) : log);
        }
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Process launch(List<String> mainAndArgs, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(brokerClasspath());
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // stdin stays a pipe from this JVM: the launcher exits when it closes
        return builder.start();
    }

    private static String brokerClasspath() throws IOException {
        String launcher = Path.of(toUri(BrokerLauncher.class.getProtectionDomain().getCodeSource().getLocation()))
                .toString();
        try (InputStream in = BrokerLauncher.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build platform/kafka-runtime first");
            }
            return launcher + java.io.File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private static java.net.URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireManaged() {
        if (!isManaged()) {
            throw new UnsupportedOperationException("The broker at " + bootstrapServers + " is not managed by the tests");
        }
    }

    /** Distinct free ports: all sockets stay open until every port is chosen, so none repeats. */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
