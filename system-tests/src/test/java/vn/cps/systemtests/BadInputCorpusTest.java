package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At least 10,000 malformed requests per service, generated from its OpenAPI document
 * ({@link MalformedRequests}), sent with a token of a role allowed on each operation. Expected: no
 * 5xx, every answer a documented 4xx as problem+json, and not one row more or less in the database.
 */
class BadInputCorpusTest {

    private static final int PER_SERVICE = 10_000;
    private static final Set<Integer> DOCUMENTED = Set.of(400, 404, 405, 409, 412, 413, 415, 422, 428);
    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void start() {
        stack = LocalStack.get();
        client = new StackClient(stack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"case", "plan", "reporting", "notification"})
    void malformed_requests_get_a_documented_4xx_problem_and_write_nothing(String service) throws Exception {
        Map<String, String> roleOfOperation = new TreeMap<>();
        AuthorizationMatrixTest.table().stream().filter(o -> o.service().equals(service + "-service"))
                .forEach(o -> roleOfOperation.put(o.method() + " " + o.path(), o.roles().iterator().next()));
        HttpResponse<String> document = client.call("GET", stack.service(service) + "/q/openapi?format=json", null, null);
        JsonNode openapi = StackClient.JSON.readTree(document.body());
        List<MalformedRequests.Malformed> corpus = new MalformedRequests(openapi, 111L * service.hashCode())
                .corpus(PER_SERVICE);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(PER_SERVICE);

        Map<String, Long> rowsBefore = rowCounts("cps_" + service);
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (MalformedRequests.Malformed request : corpus) {
            sent.add(senders.submit(() -> {
                String token = token(roleOfOperation, request);
                HttpResponse<String> answer;
                try {
                    answer = send(service, request, token);
                } catch (java.io.IOException e) {
                    wrong.add(request.kind() + " " + request.method() + " " + abbreviate(request.path())
                            + " -> no answer: " + e.getMessage());
                    return null;
                }
                synchronized (statuses) {
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                }
                String problem = answer.headers().firstValue("Content-Type").orElse("");
                if (!DOCUMENTED.contains(answer.statusCode()) || !problem.startsWith("application/problem+json")
                        || !statusInBody(answer)) {
                    wrong.add(request.kind() + " " + request.method() + " " + abbreviate(request.path()) + " -> "
                            + answer.statusCode() + " " + problem + " " + abbreviate(answer.body()));
                }
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        senders.shutdown();
        // every answer is in, so every request's transaction has ended: no wait is needed
        Map<String, Long> rowsAfter = rowCounts("cps_" + service);

        System.out.printf("bad input, %s-service: %d requests, statuses %s%n", service, corpus.size(), statuses);
        assertThat(wrong.size()).as("answers outside the documented 4xx problems, the first of them: %s",
                wrong.stream().limit(30).toList()).isZero();
        assertThat(rowsAfter).as("row counts of every table").isEqualTo(rowsBefore);
    }

    /** A token of a role allowed on the request's operation. */
    private static String token(Map<String, String> roleOfOperation, MalformedRequests.Malformed request)
            throws Exception {
        String template = roleOfOperation.keySet().stream()
                .filter(key -> matches(key, request.method(), request.path()))
                .findFirst().orElse(null);
        return client.tokenOf(template == null ? "admin" : roleOfOperation.get(template));
    }

    /** Does "POST /api/v1/cases/{id}/closure" describe this request's method and path? */
    private static boolean matches(String key, String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String[] template = key.substring(key.indexOf(' ') + 1).split("/");
        String[] actual = bare.split("/", -1);
        if (!key.startsWith(method + " ") || template.length != actual.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            if (!template[i].startsWith("{") && !template[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    private static HttpResponse<String> send(String service, MalformedRequests.Malformed request, String token)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(stack.service(service) + request.path()))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        request.headers().forEach(builder::header);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        return StackClient.HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean statusInBody(HttpResponse<String> answer) {
        try {
            return StackClient.JSON.readTree(answer.body()).path("status").asInt() == answer.statusCode();
        } catch (Exception e) {
            return false;
        }
    }

    /** Rows of every table of the service's database (its own schemas, Flyway's history aside). */
    private static Map<String, Long> rowCounts(String database) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = stack.database(database);
                Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("""
                    SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                     ORDER BY 1""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
