package vn.cps.notification;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP endpoint in the test JVM, standing for partner systems' webhooks and the SMS gateway:
 * it records each request and answers with scripted status codes (200 once the script runs out).
 */
public class PartnerEndpoint implements QuarkusTestResourceLifecycleManager {

    /** One request as received. */
    public record Received(String path, Map<String, List<String>> headers, String body, Instant at) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static HttpServer server;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Deque<Integer>> SCRIPTS = new ConcurrentHashMap<>();
    private static final Map<String, Integer> ALWAYS = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
            RECEIVED.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, Instant.now()));
            Deque<Integer> script = SCRIPTS.get(path);
            Integer scripted = script == null ? null : script.pollFirst();
            int status = scripted != null ? scripted : ALWAYS.getOrDefault(path, 200);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return Map.of("cps.notification.sms.gateway", "http", "cps.notification.sms.url", url("/sms"),
                "cps.notification.sms.token", "test-gateway-token");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    public static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers on the path, in order; 200 (or the permanent answer) afterwards. */
    public static void script(String path, Integer... statuses) {
        SCRIPTS.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    /** The answer on the path from now on. */
    public static void always(String path, int status) {
        ALWAYS.put(path, status);
    }

    public static List<Received> received(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }
}
