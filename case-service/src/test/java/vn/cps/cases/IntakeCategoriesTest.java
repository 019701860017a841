package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class IntakeCategoriesTest {

    @Inject
    EntityManager entityManager;

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    private static Response post(Object body, String key) {
        var request = given().header("Authorization", IntakeFixtures.OPERATOR).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/intakes");
    }

    @Test
    void aCounsellingCallIsRecordedAndCountedButOpensNoCase() {
        long cases = count("child_case");
        Response answer = post(Map.of("channel", "HOTLINE_111", "category", "COUNSELLING",
                "callerRelationship", "CHILD_SELF", "summary", "Em hỏi cách nói chuyện với bố mẹ."), null);
        answer.then().statusCode(201).body("caseId", nullValue()).body("category", equalTo("COUNSELLING"))
                .header("Location", matchesPattern(".*/api/v1/intakes/[0-9a-f-]{36}"));
        assertThat(count("child_case")).isEqualTo(cases);
        String intakeId = answer.path("intakeId");
        given().header("Authorization", IntakeFixtures.OPERATOR).when().get("/api/v1/intakes/" + intakeId).then()
                .statusCode(200).body("category", equalTo("COUNSELLING")).body("caseId", nullValue());
        String communeWorker = TestTokens.user("cw").roles("case-worker").jurisdiction("20194").bearer();
        assertProblem(given().header("Authorization", communeWorker).when().get("/api/v1/intakes/" + intakeId).then(), 404);

        EventLog.Published event = EventLog.awaitRecord(Topics.CASE_EVENTS, "an event of intake " + intakeId,
                r -> intakeId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(event.header("ce_type")).isEqualTo(EventTypes.CASE_INTAKE_RECORDED_V1);
        assertThat(EventSchemaAssert.violations(EventTypes.CASE_INTAKE_RECORDED_V1, event.value())).isEmpty();
        assertThat(event.value()).contains("\"category\":\"COUNSELLING\"").doesNotContain("bố mẹ");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCase() {
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = IntakeFixtures.report("Phan Thị Yến", "48", "20194");
        long intakes = count("intake");
        Response first = post(body, key);
        first.then().statusCode(201);
        Response again = post(body, key);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("caseId", equalTo(first.path("caseId")))
                .body("caseReference", equalTo(first.path("caseReference")));
        assertThat(count("intake")).isEqualTo(intakes + 1);

        Map<String, Object> other = new HashMap<>(body);
        other.put("summary", "Một báo cáo khác.");
        assertProblem(post(other, key).then(), 422).body("violations[0].field", equalTo("Idempotency-Key"));
        assertProblem(post(body, "short").then(), 400);
    }

    @Test
    void theReporterIsShownOnlyToTheRolesThatNeedIt() {
        Map<String, Object> body = new HashMap<>(IntakeFixtures.report("Mai Văn Tùng", "48", "20194"));
        body.put("reporter", Map.of("name", "Trần Thị Bình", "phone", "0912 345 678"));
        String caseId = post(body, null).then().statusCode(201).extract().path("caseId");

        String worker = TestTokens.user("cw-20194").roles("case-worker").jurisdiction("20194").bearer();
        given().header("Authorization", worker).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("reporter.name", equalTo("Trần Thị Bình")).body("reporter.phone", equalTo("0912345678"));
        given().header("Authorization", IntakeFixtures.OPERATOR).when().get("/api/v1/cases/" + caseId).then()
                .statusCode(200).body("reporter", notNullValue());
        String supervisor = TestTokens.user("sup-48").roles("case-supervisor").jurisdiction("48").bearer();
        given().header("Authorization", supervisor).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("reporter", nullValue()).body("child.fullName", equalTo("Mai Văn Tùng"));
    }

    @Test
    void nameSearchIgnoresDiacriticsAndCase() {
        String caseId = post(IntakeFixtures.report("Nguyễn Văn Ấn", "48", "20194"), null).then().statusCode(201)
                .extract().path("caseId");
        String worker = TestTokens.user("cw-20194").roles("case-worker").jurisdiction("20194").bearer();
        given().header("Authorization", worker).when().get("/api/v1/cases?childName=nguyen van an").then()
                .statusCode(200).body("items.id", hasItem(caseId));
        given().header("Authorization", worker).when().get("/api/v1/cases?childName=NGUYỄN VĂN ẤN").then()
                .statusCode(200).body("items.id", hasItem(caseId));
        List<String> none = given().header("Authorization", worker).when().get("/api/v1/cases?childName=Tran Van Be")
                .then().statusCode(200).extract().path("items.id");
        assertThat(none).doesNotContain(caseId);
    }

    @Test
    void aIntakeReportWithoutChildOrPlaceListsWhatIsMissing() {
        assertProblem(post(Map.of("channel", "HOTLINE_111", "callerRelationship", "PARENT"), null).then(), 400)
                .body("violations.field", hasItem("child"))
                .body("violations.field", hasItem("location"))
                .body("violations.field", hasItem("harmTypes"))
                .body("violations.field", hasItem("summary"));
    }
}
