package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Faults of the real stack (docs/reliability.md): the broker stopped, a service killed with
 * SIGKILL, one service's database gone, Keycloak stopped. Each ends with the stack whole again.
 */
/** After the scenarios (unordered classes come first), before the privacy scan. */
@Order(Order.DEFAULT + 1)
class FaultToleranceTest {

    /** Intakes of this class get numbers from 1000 on, so that the privacy scan finds their data everywhere it looks. */
    private static final AtomicInteger NEXT = new AtomicInteger(1000);
    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
        client = new StackClient(stack);
    }

    @AfterAll
    static void everythingRunsAgain() throws Exception {
        for (String component : List.of("postgres", "kafka", "keycloak", "case-service", "plan-service",
                "reporting-service", "notification-service")) {
            stack.control("start", component);
        }
        try (Connection db = stack.database("postgres");
                Statement sql = db.createStatement()) {
            sql.execute("ALTER DATABASE cps_plan WITH ALLOW_CONNECTIONS true");
        }
    }

    @Test
    void intakes_during_a_60_second_broker_outage_are_all_accepted_and_each_counted_and_notified_once()
            throws Exception {
        String operator = client.login("operator111");
        String officer = client.login("officer.20194");
        String supervisor = client.login("supervisor.48");
        long before = client.casesIn48Today(supervisor);

        stack.control("stop", "kafka");
        List<String> references = new ArrayList<>();
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> created = client.report(operator, "20194", StackClient.Seeded.number(NEXT.getAndIncrement()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            references.add(StackClient.JSON.readTree(created.body()).get("caseReference").asText());
            // a fixed pause is the behaviour under test: intakes spread over the whole outage
            Thread.sleep(2_000);
        }
        assertThat(client.casesIn48Today(supervisor)).as("nothing reaches reporting while the broker is down")
                .isEqualTo(before);
        stack.control("start", "kafka");

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.casesIn48Today(supervisor) >= before + references.size());
        awaitOneNotificationEach(officer, references);
        stack.awaitSettled(Duration.ofMinutes(2));
        assertThat(client.casesIn48Today(supervisor)).as("counted once each").isEqualTo(before + references.size());
        assertOneNotificationEach(officer, references);
    }

    @Test
    void services_killed_while_relaying_and_consuming_lose_and_double_nothing() throws Exception {
        String operator = client.login("operator111");
        String officer = client.login("officer.20194");
        String supervisor = client.login("supervisor.48");
        long before = client.casesIn48Today(supervisor);
        long notifiedBefore = count("cps_notification", "SELECT count(*) FROM processed_event");
        long countedBefore = count("cps_reporting", "SELECT count(*) FROM processed_event");

        // the broker away, 200 intakes wait in case-service's outbox while its relay retries
        stack.control("stop", "kafka");
        // four hotline operators at once
        ExecutorService operators = Executors.newFixedThreadPool(4);
        List<Future<String>> reported = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            reported.add(operators.submit(() -> {
                HttpResponse<String> created = client.report(operator, "20194",
                        StackClient.Seeded.number(NEXT.getAndIncrement()));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                return StackClient.JSON.readTree(created.body()).get("caseReference").asText();
            }));
        }
        List<String> references = new ArrayList<>();
        try {
            for (Future<String> reference : reported) {
                references.add(reference.get());
            }
        } finally {
            // a refused intake ends the test: the others are not sent on into the next one
            operators.shutdownNow();
        }
        assertThat(Set.copyOf(references)).as("one reference each").hasSize(200);
        assertThat(count("cps_case", "SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))
                .isGreaterThanOrEqualTo(references.size());
        stack.control("kill", "case-service");
        stack.control("start", "kafka");
        stack.control("start", "case-service");

        // the consumers are killed as soon as they have applied some of the flood, not all of it
        var notified = CompletableFuture.supplyAsync(
                () -> killWhenStarted("notification-service", "cps_notification", notifiedBefore));
        var counted = CompletableFuture.supplyAsync(
                () -> killWhenStarted("reporting-service", "cps_reporting", countedBefore));
        // two case events per intake: intake-recorded and opened
        System.out.printf("killed notification-service after %d and reporting-service after %d of %d events%n",
                notified.get() - notifiedBefore, counted.get() - countedBefore, 2 * references.size());
        // both at once, as a node coming back would start them
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> stack.control("start", "notification-service")),
                CompletableFuture.runAsync(() -> stack.control("start", "reporting-service"))).join();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.casesIn48Today(supervisor) >= before + references.size());
        awaitOneNotificationEach(officer, references);
        stack.awaitSettled(Duration.ofMinutes(2));
        assertThat(client.casesIn48Today(supervisor)).isEqualTo(before + references.size());
        assertOneNotificationEach(officer, references);
    }

    /** Polls the consumer's processed_event table and kills the service at the first event it applied. */
    private static long killWhenStarted(String service, String database, long before) {
        long[] applied = {before};
        try {
            // polled often: the kill must land while the flood is still being applied
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).pollDelay(Duration.ZERO)
                    .alias(service + " applied a first event of the flood").until(() -> {
                        applied[0] = count(database, "SELECT count(*) FROM processed_event");
                        return applied[0] > before;
                    });
        } finally {
            stack.control("kill", service);
        }
        return applied[0];
    }

    @Test
    void a_database_outage_makes_only_its_service_unavailable_and_it_recovers_without_a_restart() throws Exception {
        String planner = client.login("planner.48");
        String operator = client.login("operator111");
        String pidBefore = Files.readString(stack.home.resolve("pids/plan-service.pid")).trim();
        String indicators = stack.service("plan") + "/api/v1/indicators?limit=1";
        assertThat(client.call("GET", indicators, planner, null).statusCode()).isEqualTo(200);

        try (Connection db = stack.database("postgres");
                Statement sql = db.createStatement()) {
            sql.execute("ALTER DATABASE cps_plan WITH ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'cps_plan'");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.call("GET", indicators, planner, null).statusCode() == 503);
        HttpResponse<String> unavailable = client.call("GET", indicators, planner, null);
        assertThat(unavailable.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
        assertThat(StackClient.JSON.readTree(unavailable.body()).get("status").asInt()).isEqualTo(503);
        HttpResponse<String> readiness = client.call("GET", stack.service("plan") + "/q/health/ready", null, null);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"DOWN\"");

        // the others keep working
        HttpResponse<String> created = client.report(operator, "20194", StackClient.Seeded.number(NEXT.getAndIncrement()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        for (String service : List.of("case", "reporting", "notification")) {
            assertThat(client.call("GET", stack.service(service) + "/q/health/ready", null, null).statusCode())
                    .as(service).isEqualTo(200);
        }

        try (Connection db = stack.database("postgres");
                Statement sql = db.createStatement()) {
            sql.execute("ALTER DATABASE cps_plan WITH ALLOW_CONNECTIONS true");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.call("GET", indicators, planner, null).statusCode() == 200);
        assertThat(client.call("GET", stack.service("plan") + "/q/health/ready", null, null).statusCode()).isEqualTo(200);
        assertThat(Files.readString(stack.home.resolve("pids/plan-service.pid")).trim()).as("not restarted")
                .isEqualTo(pidBefore);
    }

    @Test
    void with_keycloak_down_issued_tokens_keep_working_until_they_expire_and_logins_fail_cleanly() throws Exception {
        String operator = client.login("operator111");
        String shortLived = client.login("operator111", "cps-short-lived");
        long exp = StackClient.JSON.readTree(Base64.getUrlDecoder().decode(shortLived.split("\\.")[1])).get("exp").asLong();
        Map<String, String> reads = Map.of(
                "case", "/api/v1/cases?limit=1",
                "plan", "/api/v1/indicators?limit=1",
                "reporting", "/api/v1/statistics/cases?groupBy=province",
                "notification", "/api/v1/notifications?limit=1");

        stack.control("stop", "keycloak");
        try {
            reads.forEach((service, path) -> {
                try {
                    HttpResponse<String> answer = client.call("GET", stack.service(service) + path, operator, null);
                    assertThat(answer.statusCode()).as(service + ": " + answer.body()).isIn(200, 403);
                    assertThat(answer.statusCode()).as(service).isNotEqualTo(401);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            HttpResponse<String> created = client.report(operator, "20194", StackClient.Seeded.number(NEXT.getAndIncrement()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            long started = System.nanoTime();
            assertThatThrownBy(() -> client.login("officer.20194")).isInstanceOf(ConnectException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));

            await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().getEpochSecond() > exp + 1);
            HttpResponse<String> expired = client.call("GET", stack.service("plan") + "/api/v1/indicators?limit=1",
                    shortLived, null);
            assertThat(expired.statusCode()).as(expired.body()).isEqualTo(401);
            assertThat(expired.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        } finally {
            stack.control("start", "keycloak");
        }
        assertThat(client.login("officer.20194")).isNotBlank();
    }

    private static long count(String database, String query) throws Exception {
        try (Connection db = stack.database(database);
                Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void awaitOneNotificationEach(String officer, List<String> references) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.caseOpenedNotifications(officer).keySet().containsAll(references));
    }

    private static void assertOneNotificationEach(String officer, List<String> references) throws Exception {
        Map<String, Integer> counts = client.caseOpenedNotifications(officer);
        for (String reference : references) {
            assertThat(counts.get(reference)).as("CASE_OPENED notifications of " + reference).isEqualTo(1);
        }
    }
}
