package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static vn.cps.cases.IntakeFixtures.COMMUNE_WORKER;
import static vn.cps.cases.IntakeFixtures.OPERATOR;
import static vn.cps.cases.IntakeFixtures.postIntake;
import static vn.cps.cases.IntakeFixtures.report;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class IntakeApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    void hotlineReportOpensACaseWithItsTwelveHourDeadline() {
        Map<String, Object> body = report("Nguyễn Thị Lan", "48", "20194");
        Response created = postIntake(OPERATOR, body);
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/cases/[0-9a-f-]{36}"))
                .body("caseReference", matchesPattern("48-\\d{4}-\\d{6}"))
                .body("status", equalTo("RECEIVED"));
        Instant received = Instant.parse((String) body.get("receivedAt"));
        assertThat(Instant.parse(created.path("emergencyDeadline"))).isEqualTo(received.plus(Duration.ofHours(12)));

        String caseId = created.path("caseId");
        given().header("Authorization", COMMUNE_WORKER).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("reference", equalTo(created.path("caseReference")))
                .body("child.fullName", equalTo("Nguyễn Thị Lan"))
                .body("harmTypes", containsInAnyOrder("VIOLENCE", "NEGLECT"))
                .body("emergencyDeadline", equalTo(created.path("emergencyDeadline")));
    }

    @Test
    void referencesCountUpPerProvince() {
        String first = postIntake(OPERATOR, report("Trần Văn Bình", "79", "25747")).then().statusCode(201)
                .extract().path("caseReference");
        String second = postIntake(OPERATOR, report("Lê Thị Cúc", "79", "25747")).then().statusCode(201)
                .extract().path("caseReference");
        long a = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
        long b = Long.parseLong(second.substring(second.lastIndexOf('-') + 1));
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void everyReadOfACaseIsInTheAccessLog() {
        String caseId = postIntake(OPERATOR, report("Phạm Minh Đức", "48", "20194")).then().statusCode(201)
                .extract().path("caseId");
        given().header("Authorization", COMMUNE_WORKER).header("X-Purpose", "initial assessment")
                .when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT user_id, purpose FROM case_access_log WHERE case_id = cast(:id as uuid)")
                .setParameter("id", caseId).getResultList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[1]).isEqualTo("initial assessment");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        assertProblem(postIntake("", report("A", "48", "20194")).then(), 401);
        assertProblem(given().when().get("/api/v1/cases/" + java.util.UUID.randomUUID()).then(), 401)
                .header("WWW-Authenticate", "Bearer");
        String expired = TestTokens.user("op-old").roles("hotline-operator").jurisdiction("VN")
                .expiresAt(Instant.now().minus(Duration.ofMinutes(10))).bearer();
        assertProblem(postIntake(expired, report("A", "48", "20194")).then(), 401);
    }

    @Test
    void aRoleThatMayNotFileReportsGets403() {
        assertProblem(postIntake(COMMUNE_WORKER, report("Võ Văn Em", "48", "20194")).then(), 403);
        String analyst = TestTokens.user("an-1").roles("analyst").jurisdiction("VN").bearer();
        assertProblem(given().header("Authorization", analyst).when()
                .get("/api/v1/cases/" + java.util.UUID.randomUUID()).then(), 403);
    }

    @Test
    void aCaseOutsideTheCallersJurisdictionIsNotFound() {
        String caseId = postIntake(OPERATOR, report("Đặng Thu Hà", "48", "20194")).then().statusCode(201)
                .extract().path("caseId");
        String otherCommune = TestTokens.user("cw-20200").roles("case-worker").jurisdiction("20200").bearer();
        String otherProvince = TestTokens.user("sup-79").roles("case-supervisor").jurisdiction("79").bearer();
        String sameProvince = TestTokens.user("sup-48").roles("case-supervisor").jurisdiction("48").bearer();
        String noClaim = TestTokens.user("cw-none").roles("case-worker").bearer();
        for (String bearer : List.of(otherCommune, otherProvince, noClaim)) {
            assertProblem(given().header("Authorization", bearer).when().get("/api/v1/cases/" + caseId).then(), 404);
        }
        given().header("Authorization", sameProvince).when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        assertProblem(given().header("Authorization", COMMUNE_WORKER).when()
                .get("/api/v1/cases/" + java.util.UUID.randomUUID()).then(), 404);
    }

    @Test
    void missingAndInvalidFieldsAreListedOneByOne() {
        Map<String, Object> body = Map.of(
                "channel", "HOTLINE_111",
                "callerRelationship", "PARENT",
                "child", Map.of("fullName", " ", "estimatedAge", 30),
                "location", Map.of("provinceCode", "4", "communeCode", "20194"),
                "harmTypes", List.of());
        assertProblem(postIntake(OPERATOR, body).then(), 400)
                .body("violations.field", hasItem("child.fullName"))
                .body("violations.field", hasItem("child.sex"))
                .body("violations.field", hasItem("child.estimatedAge"))
                .body("violations.field", hasItem("location.provinceCode"))
                .body("violations.field", hasItem("harmTypes"))
                .body("violations.field", hasItem("summary"));
    }

    @Test
    void malformedBodiesAre400WithThePath() {
        assertProblem(postIntake(OPERATOR, "{\"channel\": \"HOTLINE_111\", ").then(), 400);
        Map<String, Object> unknownHarm = new java.util.HashMap<>(report("A", "48", "20194"));
        unknownHarm.put("harmTypes", List.of("BEATING"));
        assertProblem(postIntake(OPERATOR, unknownHarm).then(), 400)
                .body("violations[0].field", equalTo("harmTypes[0]"));
        Map<String, Object> extra = new java.util.HashMap<>(report("A", "48", "20194"));
        extra.put("callerPhone", "0912345678");
        assertProblem(postIntake(OPERATOR, extra).then(), 400).body("violations[0].field", equalTo("callerPhone"));
        Map<String, Object> badDate = new java.util.HashMap<>(report("A", "48", "20194"));
        badDate.put("receivedAt", "yesterday");
        assertProblem(postIntake(OPERATOR, badDate).then(), 400).body("violations[0].field", equalTo("receivedAt"));
    }

    @Test
    void rulesOfTheLawAre422AndWriteNothing() {
        long before = count("intake");
        long casesBefore = count("child_case");
        long childrenBefore = count("intake_child");
        Map<String, Object> adult = new java.util.HashMap<>(report("Người Lớn", "48", "20194"));
        adult.put("child", Map.of("fullName", "Người Lớn", "sex", "MALE", "birthDate", "2001-01-01"));
        assertProblem(postIntake(OPERATOR, adult).then(), 422).body("violations[0].field", equalTo("child.birthDate"));
        assertProblem(postIntake(OPERATOR, report("A", "99", "99999")).then(), 422)
                .body("violations[0].field", equalTo("location.communeCode"))
                .body("violations[0].message", equalTo("commune 99999 is not one of the 3,321 communes in force since 2025-07-01"));
        Map<String, Object> future = new java.util.HashMap<>(report("A", "48", "20194"));
        future.put("receivedAt", Instant.now().plus(Duration.ofDays(1)).toString());
        assertProblem(postIntake(OPERATOR, future).then(), 422).body("violations[0].field", equalTo("receivedAt"));
        String provincialOperator = TestTokens.user("op-79").roles("hotline-operator").jurisdiction("79").bearer();
        assertProblem(postIntake(provincialOperator, report("A", "48", "20194")).then(), 422);
        assertThat(count("intake")).isEqualTo(before);
        assertThat(count("child_case")).isEqualTo(casesBefore);
        assertThat(count("intake_child")).isEqualTo(childrenBefore);
    }

    @Test
    void wrongMediaTypeAndOversizedBodiesAreRefused() {
        assertProblem(given().header("Authorization", OPERATOR).contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/intakes").then(), 415);
        String huge = "{\"summary\": \"" + "x".repeat(300 * 1024) + "\"}";
        assertProblem(postIntake(OPERATOR, huge).then(), 413)
                .body("type", equalTo("https://cps.gov.vn/problems/payload-too-large"))
                .body("title", equalTo("Payload Too Large"))
                .body("detail", equalTo("The request body is larger than 262144 bytes"));
        assertProblem(given().header("Authorization", OPERATOR).when().get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    void theOpenedEventIsACloudEventWithoutPersonalData() {
        // a calling system's trace (W3C), which the event continues once an operator turns tracing on
        String callerTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String caseId = given().header("Authorization", OPERATOR).header("traceparent", "00-" + callerTrace + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON).body(report("Hoàng Thị Mai", "48", "20194"))
                .when().post("/api/v1/intakes").then().statusCode(201).extract().path("caseId");
        EventLog.Published event = EventLog.awaitRecord(Topics.CASE_EVENTS, "the first event of case " + caseId,
                r -> caseId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(event.key()).isEqualTo(caseId);
        assertThat(event.header("ce_type")).isEqualTo(EventTypes.CASE_OPENED_V1);
        assertThat(event.header("ce_specversion")).isEqualTo("1.0");
        assertThat(event.header("ce_source")).isEqualTo("/case-service");
        assertThat(event.header("ce_subject")).isEqualTo(caseId);
        assertThat(event.header("ce_id")).isNotBlank();
        assertThat(event.header("ce_time")).isNotBlank();
        assertThat(event.header("content-type")).isEqualTo("application/json");
        assertThat(event.header("traceparent")).matches("00-" + callerTrace + "-[0-9a-f]{16}-01")
                .doesNotContain("00f067aa0ba902b7");
        assertThat(EventSchemaAssert.violations(EventTypes.CASE_OPENED_V1, event.value())).isEmpty();
        assertThat(event.value()).doesNotContain("Hoàng", "Mai", "bầm", "2016-04-02");
    }

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
