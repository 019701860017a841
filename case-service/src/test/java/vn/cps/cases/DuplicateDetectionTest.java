package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;

@QuarkusTest
class DuplicateDetectionTest {

    static final String WORKER = CaseProcessApiTest.WORKER;

    private static String report(String name, String commune, String personalId) {
        Map<String, Object> body = new HashMap<>(IntakeFixtures.report(name, "48", commune));
        Map<String, Object> child = new HashMap<>(Map.of("fullName", name, "sex", "MALE", "birthDate", "2015-06-01"));
        if (personalId != null) {
            child.put("personalId", personalId);
        }
        body.put("child", child);
        return IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, body).then().statusCode(201).extract().path("caseId");
    }

    private static JsonPath suggestions(String caseId) {
        return given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/match-suggestions")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSameChildReportedTwiceIsSuggestedAndMergedOnConfirmation() {
        String first = report("Trịnh Văn Lâm", "20194", null);
        String second = report("Trinh Van Lam", "20194", null);
        JsonPath found = suggestions(second);
        assertThat(found.getList("candidateCaseId", String.class)).contains(first);
        String suggestionId = found.getString("find { it.candidateCaseId == '" + first + "' }.id");
        assertThat(found.getString("find { it.candidateCaseId == '" + first + "' }.reason"))
                .isEqualTo("SAME_NAME_BIRTH_YEAR_COMMUNE");

        String etag = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + second).then()
                .extract().header("ETag");
        given().header("Authorization", WORKER).header("If-Match", etag).when()
                .post("/api/v1/cases/" + second + "/match-suggestions/" + suggestionId + "/confirmation")
                .then().statusCode(200).body("status", equalTo("MERGED"));
        List<String> intakes = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + first + "/intakes")
                .then().statusCode(200).extract().path("$");
        assertThat(intakes).hasSize(2);

        EventLog.Published merged = EventLog.awaitRecord(Topics.CASE_EVENTS, "case-merged of case " + second,
                r -> second.equals(r.key()) && EventTypes.CASE_MERGED_V1.equals(r.header("ce_type")), Duration.ofSeconds(30));
        assertThat(merged.header("ce_type")).isEqualTo(EventTypes.CASE_MERGED_V1);
        assertThat(EventSchemaAssert.violations(EventTypes.CASE_MERGED_V1, merged.value())).isEmpty();
        assertThat(merged.value()).contains(first).doesNotContain("Lâm", "Lam");

        String etagAfter = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + second).then()
                .extract().header("ETag");
        assertProblem(given().header("Authorization", WORKER).header("If-Match", etagAfter).when()
                .post("/api/v1/cases/" + second + "/match-suggestions/" + suggestionId + "/confirmation").then(), 409);
    }

    @Test
    void aSamePersonalIdMatchesAcrossCommunesAndARejectionKeepsBothCases() {
        String first = report("Đinh Thị Quỳnh", "20194", "048215000123");
        String other = report("Quynh Dinh", "20194", "048215000123");
        JsonPath found = suggestions(other);
        assertThat(found.getString("find { it.candidateCaseId == '" + first + "' }.reason")).isEqualTo("SAME_PERSONAL_ID");
        String suggestionId = found.getString("find { it.candidateCaseId == '" + first + "' }.id");
        given().header("Authorization", WORKER).when()
                .post("/api/v1/cases/" + other + "/match-suggestions/" + suggestionId + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + other).then().body("status", equalTo("RECEIVED"));
        String unrelated = report("Cao Văn Sơn", "20194", null);
        assertThat(suggestions(unrelated).getList("candidateCaseId", String.class)).doesNotContain(first, other);
    }

    @Test
    void badPersonalIdsAreRefused() {
        Map<String, Object> body = new HashMap<>(IntakeFixtures.report("A", "48", "20194"));
        body.put("child", Map.of("fullName", "A", "sex", "MALE", "estimatedAge", 5, "personalId", "12345"));
        assertProblem(IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, body).then(), 400)
                .body("violations.field", hasItem("child.personalId"));
        Response none = given().header("Authorization", WORKER).when()
                .get("/api/v1/cases/" + java.util.UUID.randomUUID() + "/match-suggestions");
        assertProblem(none.then(), 404);
    }
}
