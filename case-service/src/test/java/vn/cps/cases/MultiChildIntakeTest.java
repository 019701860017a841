package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;

/** A report that names several children: one case per child, linked as one incident group. */
@QuarkusTest
class MultiChildIntakeTest {

    static final String WORKER = CaseProcessApiTest.WORKER;

    @Inject
    EntityManager entityManager;

    /** Three siblings of one household in commune 20194 of Đà Nẵng (48), reported by a teacher. */
    private static Map<String, Object> siblings(String family) {
        Map<String, Object> body = new HashMap<>(IntakeFixtures.report("unused", "48", "20194"));
        body.remove("child");
        body.put("callerRelationship", "TEACHER");
        body.put("children", List.of(
                Map.of("fullName", family + " Thị Ngọc", "sex", "FEMALE", "birthDate", "2014-03-09"),
                Map.of("fullName", family + " Văn Phúc", "sex", "MALE", "estimatedAge", 9),
                Map.of("fullName", family + " Văn Khang", "sex", "MALE", "birthDate", "2021-11-30",
                        "personalId", "048221000456")));
        return body;
    }

    @Test
    void aReportNamingThreeChildrenOpensThreeCasesInOneIncidentGroup() {
        JsonPath accepted = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, siblings("Lường")).then().statusCode(201)
                .extract().jsonPath();
        List<String> caseIds = accepted.getList("cases.caseId", String.class);
        assertThat(caseIds).hasSize(3).doesNotHaveDuplicates();
        assertThat(accepted.getString("caseId")).isEqualTo(caseIds.get(0));
        assertThat(new HashSet<>(accepted.getList("cases.caseReference", String.class))).hasSize(3);
        String group = accepted.getString("incidentGroupId");
        assertThat(group).isNotBlank();
        Instant receivedAt = Instant.parse(accepted.getString("receivedAt"));
        for (String deadline : accepted.getList("cases.emergencyDeadline", String.class)) {
            assertThat(Duration.between(receivedAt, Instant.parse(deadline))).isEqualTo(Duration.ofHours(12));
        }

        List<String> names = new ArrayList<>();
        for (String caseId : caseIds) {
            JsonPath c = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then()
                    .statusCode(200).body("incidentGroupId", equalTo(group)).body("status", equalTo("RECEIVED"))
                    .extract().jsonPath();
            names.add(c.getString("child.fullName"));
        }
        assertThat(names).containsExactly("Lường Thị Ngọc", "Lường Văn Phúc", "Lường Văn Khang");

        List<String> related = given().header("Authorization", WORKER).when()
                .get("/api/v1/cases/" + caseIds.get(1) + "/related").then().statusCode(200).extract().path("id");
        assertThat(related).containsExactlyInAnyOrder(caseIds.get(0), caseIds.get(2));

        given().header("Authorization", WORKER).when().get("/api/v1/intakes/" + accepted.getString("intakeId")).then()
                .statusCode(200).body("childCount", equalTo(3)).body("caseIds", equalTo(caseIds));

        // one case.opened per child, all with the group id and none with a name; the intake event counts the children
        for (String caseId : caseIds) {
            EventLog.Published opened = EventLog.awaitRecord(Topics.CASE_EVENTS, "case-opened of case " + caseId,
                    r -> caseId.equals(r.key()) && EventTypes.CASE_OPENED_V1.equals(r.header("ce_type")),
                    Duration.ofSeconds(30));
            assertThat(EventSchemaAssert.violations(EventTypes.CASE_OPENED_V1, opened.value())).isEmpty();
            assertThat(JsonPath.from(opened.value()).getString("incidentGroupId")).isEqualTo(group);
            assertThat(opened.value()).doesNotContain("Lường", "Ngọc", "Phúc", "Khang", "048221000456", "2014-03-09");
        }
        String intakeId = accepted.getString("intakeId");
        EventLog.Published recorded = EventLog.awaitRecord(Topics.CASE_EVENTS, "intake-recorded of intake " + intakeId,
                r -> intakeId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(EventSchemaAssert.violations(EventTypes.CASE_INTAKE_RECORDED_V1, recorded.value())).isEmpty();
        assertThat(JsonPath.from(recorded.value()).getInt("childCount")).isEqualTo(3);
        assertThat(JsonPath.from(recorded.value()).getList("caseIds", String.class)).isEqualTo(caseIds);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameCases() {
        Map<String, Object> body = siblings("Sầm");
        Response first = given().header("Authorization", IntakeFixtures.OPERATOR).header("Idempotency-Key", "multi-child-retry-1")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/intakes");
        first.then().statusCode(201);
        long casesAfterFirst = count("child_case");
        Response retry = given().header("Authorization", IntakeFixtures.OPERATOR).header("Idempotency-Key", "multi-child-retry-1")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/intakes");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.jsonPath().getList("cases.caseId", String.class))
                .hasSize(3).isEqualTo(first.jsonPath().getList("cases.caseId", String.class));
        assertThat(retry.jsonPath().getString("incidentGroupId")).isEqualTo(first.jsonPath().getString("incidentGroupId"));
        assertThat(count("child_case")).isEqualTo(casesAfterFirst);
    }

    @Test
    void duplicatesAreLookedForPerChild() {
        String earlier = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, IntakeFixtures.report("Mùa Văn Phúc", "48", "20194"))
                .then().statusCode(201).extract().path("caseId");
        // the earlier report gave the birth date 2016-04-02; this one an estimated age that lands on 2016
        Map<String, Object> body = new HashMap<>(siblings("Mùa"));
        int age = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 2016;
        body.put("children", List.of(
                Map.of("fullName", "Mùa Thị Ngọc", "sex", "FEMALE", "birthDate", "2014-03-09"),
                Map.of("fullName", "Mua Van Phuc", "sex", "MALE", "estimatedAge", age)));
        List<String> caseIds = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, body).then().statusCode(201)
                .extract().path("cases.caseId");
        assertThat(suggestedFor(caseIds.get(0))).doesNotContain(earlier);
        assertThat(suggestedFor(caseIds.get(1))).containsExactly(earlier);
    }

    private static List<String> suggestedFor(String caseId) {
        return given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/match-suggestions")
                .then().statusCode(200).extract().path("candidateCaseId");
    }

    @Test
    void badListsOfChildrenAreRefusedAndWriteNothing() {
        long intakes = count("intake");
        long cases = count("child_case");
        Map<String, Object> both = new HashMap<>(siblings("Lò"));
        both.put("child", Map.of("fullName", "Lò Văn A", "sex", "MALE", "estimatedAge", 5));
        assertProblem(IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, both).then(), 400)
                .body("violations.field", hasItem("children"));

        Map<String, Object> eleven = new HashMap<>(siblings("Lò"));
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add(Map.of("fullName", "Lò Văn " + i, "sex", "MALE", "estimatedAge", 5));
        }
        eleven.put("children", many);
        assertProblem(IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, eleven).then(), 400)
                .body("violations.field", hasItem("children"));

        // an empty list is no child at all (generated clients send one beside child)
        Map<String, Object> empty = new HashMap<>(siblings("Lò"));
        empty.put("children", List.of());
        assertProblem(IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, empty).then(), 400)
                .body("violations.field", hasItem("child"));

        // the second child is an adult: the whole report is refused, the first child's case is not written
        Map<String, Object> adult = new HashMap<>(siblings("Lò"));
        adult.put("children", List.of(
                Map.of("fullName", "Lò Thị Hoa", "sex", "FEMALE", "estimatedAge", 7),
                Map.of("fullName", "Lò Văn Lớn", "sex", "MALE", "birthDate", "2001-01-01")));
        assertProblem(IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, adult).then(), 422)
                .body("violations[0].field", equalTo("children[1].birthDate"));

        assertThat(count("intake")).isEqualTo(intakes);
        assertThat(count("child_case")).isEqualTo(cases);
    }

    @Test
    void theOneChildFormBesideAnEmptyListIsOneChild() {
        Map<String, Object> body = new HashMap<>(IntakeFixtures.report("Cầm Thị Vui", "48", "20194"));
        body.put("children", List.of());
        IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, body).then().statusCode(201).body("cases.size()", equalTo(1));
    }

    @Test
    void aCaseFromAOneChildReportHasNoRelatedCases() {
        JsonPath accepted = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, IntakeFixtures.report("Giàng Thị Pà", "48", "20194"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(accepted.getList("cases.caseId", String.class)).containsExactly(accepted.getString("caseId"));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + accepted.getString("caseId") + "/related")
                .then().statusCode(200).body("size()", equalTo(0));
        String elsewhere = vn.cps.testkit.TestTokens.user("cw-79").roles("case-worker").jurisdiction("79").bearer();
        assertProblem(given().header("Authorization", elsewhere).when()
                .get("/api/v1/cases/" + accepted.getString("caseId") + "/related").then(), 404);
    }

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
