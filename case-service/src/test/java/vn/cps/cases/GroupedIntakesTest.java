package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Intakes that arrive together are written in groups (docs/decisions.md): whichever way the
 * concurrent requests fall into groups, each gets its own record, its own reference and its own
 * answer, and a retry with the same Idempotency-Key gets the first record.
 */
@QuarkusTest
class GroupedIntakesTest {

    @Inject
    EntityManager entityManager;

    @Test
    void concurrentIntakesEachGetTheirOwnCaseReferenceAndLink() throws Exception {
        int count = 12; // under the tests' cps.http.max-in-flight of 16
        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = IntakeFixtures.report("Đồng Thời " + i, "48", i % 2 == 0 ? "20194" : "20200");
            posts.add(() -> IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, body));
        }
        double groupedBefore = IntakeFixtures.metric("cps_intake_groups_intakes_sum", "");
        List<Response> answers = all(posts);

        List<String> intakeIds = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (Response answer : answers) {
            answer.then().statusCode(201);
            intakeIds.add(answer.path("intakeId"));
            references.add(answer.path("caseReference"));
        }
        assertThat(intakeIds).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(references).doesNotHaveDuplicates().allMatch(r -> r.startsWith("48-"), "a reference of Đà Nẵng (48)");
        assertThat(count("SELECT count(*) FROM case_intake_link WHERE CAST(intake_id AS text) IN (:ids)", intakeIds))
                .as("one case linked to each intake").isEqualTo(count);
        assertThat(count("""
                SELECT count(*) FROM child_case c JOIN case_intake_link l ON l.case_id = c.id
                 WHERE CAST(l.intake_id AS text) IN (:ids) AND c.status = 'RECEIVED'""", intakeIds))
                .as("cases in RECEIVED").isEqualTo(count);
        assertThat(IntakeFixtures.metric("cps_intake_groups_intakes_sum", "") - groupedBefore)
                .as("each intake counted once in the group sizes of /q/metrics").isEqualTo(count);
        for (int i = 0; i < count; i++) {
            given().header("Authorization", IntakeFixtures.OPERATOR).when().get("/api/v1/intakes/" + intakeIds.get(i))
                    .then().statusCode(200);
        }
    }

    @Test
    void concurrentRetriesWithOneKeyGetTheFirstRecordAndAnotherRequestWithItIsRefused() throws Exception {
        Map<String, Object> body = IntakeFixtures.report("Thử Lại Cùng Lúc", "48", "20194");
        Map<String, Object> other = new HashMap<>(body);
        other.put("summary", "Một báo cáo khác dùng lại khoá.");
        List<Callable<Response>> posts = List.of(
                () -> post("grouped-retry-1", body), () -> post("grouped-retry-1", body), () -> post("grouped-retry-1", body),
                () -> post("grouped-reuse-1", body), () -> post("grouped-reuse-1", other));
        List<Response> answers = all(posts);

        List<Response> retries = answers.subList(0, 3);
        retries.forEach(r -> r.then().statusCode(201));
        assertThat(retries.stream().map(r -> r.path("intakeId")).distinct()).as("one intake for the three").hasSize(1);
        assertThat(retries.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))))
                .as("answers replayed from the first").hasSize(2);
        assertThat(count("SELECT count(*) FROM intake i WHERE CAST(i.id AS text) IN (:ids)",
                List.of((String) retries.get(0).path("intakeId")))).isEqualTo(1);

        List<Integer> reuse = answers.subList(3, 5).stream().map(Response::statusCode).sorted().toList();
        assertThat(reuse).as("the key's first request recorded, the other refused").containsExactly(201, 422);
    }

    private static Response post(String key, Map<String, Object> body) {
        return given().header("Authorization", IntakeFixtures.OPERATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/intakes");
    }

    /** Sends the requests at once: every thread waits at one gate, then posts. */
    private static List<Response> all(List<Callable<Response>> posts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(posts.size());
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (Callable<Response> post : posts) {
                answers.add(threads.submit(() -> {
                    gate.await();
                    return post.call();
                }));
            }
            gate.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private long count(String sql, List<String> ids) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("ids", ids).getSingleResult()).longValue();
    }
}
