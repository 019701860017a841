package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class TransferApiTest {

    static final String SENDER = TestTokens.user("cw-20194").roles("case-worker").jurisdiction("20194").bearer();
    static final String RECEIVER = TestTokens.user("cw-20263").roles("case-worker").jurisdiction("20263").bearer();
    static final String BYSTANDER = TestTokens.user("cw-20285").roles("case-worker").jurisdiction("20285").bearer();

    private static String openCase() {
        return IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, IntakeFixtures.report("Hồ Thị Thu", "48", "20194"))
                .then().statusCode(201).extract().path("caseId");
    }

    private static Response transfer(String bearer, String caseId, String province, String commune) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("toProvinceCode", province, "toCommuneCode", commune, "reason", "Gia đình trẻ chuyển nơi ở."))
                .when().post("/api/v1/cases/" + caseId + "/transfers");
    }

    private static Response decide(String bearer, String transferId, String etag, String step, Object body) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().post("/api/v1/transfers/" + transferId + "/" + step);
    }

    @Test
    void theReceivingCommuneOwnsTheCaseOnceItAccepts() {
        String caseId = openCase();
        Response pending = transfer(IntakeFixtures.OPERATOR, caseId, "48", "20263");
        pending.then().statusCode(201).body("status", equalTo("PENDING"));
        String transferId = pending.path("id");

        given().header("Authorization", RECEIVER).when().get("/api/v1/transfers").then().statusCode(200)
                .body("id", hasItem(transferId));
        given().header("Authorization", BYSTANDER).when().get("/api/v1/transfers").then().statusCode(200)
                .body("id", not(hasItem(transferId)));
        given().header("Authorization", RECEIVER).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("communeCode", equalTo("20194"));
        String caseEtag = given().header("Authorization", SENDER).when().get("/api/v1/cases/" + caseId).then()
                .statusCode(200).extract().header("ETag");
        assertProblem(given().header("Authorization", RECEIVER).header("If-Match", caseEtag).contentType(ContentType.JSON)
                .body(Map.of("harmSeverity", "LOW", "abuserAccess", "LOW", "careEnvironment", "LOW",
                        "childCapacity", "LOW", "emergencyNeeded", false))
                .post("/api/v1/cases/" + caseId + "/assessment").then(), 404);

        decide(RECEIVER, transferId, pending.header("ETag"), "acceptance", Map.of("note", "Tiếp nhận")).then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
        given().header("Authorization", RECEIVER).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("communeCode", equalTo("20263"));
        assertProblem(given().header("Authorization", SENDER).when().get("/api/v1/cases/" + caseId).then(), 404);

        List<EventLog.Published> events = EventLog.awaitThrough(Topics.CASE_EVENTS, "transfer-accepted of case " + caseId,
                r -> caseId.equals(r.key()) && EventTypes.CASE_TRANSFER_ACCEPTED_V1.equals(r.header("ce_type")),
                Duration.ofSeconds(30));
        List<EventLog.Published> transfers = events.stream().filter(r -> caseId.equals(r.key()))
                .filter(r -> r.header("ce_type").contains("transfer")).toList();
        assertThat(transfers).extracting(r -> r.header("ce_type"))
                .containsExactly(EventTypes.CASE_TRANSFERRED_V1, EventTypes.CASE_TRANSFER_ACCEPTED_V1);
        for (EventLog.Published e : transfers) {
            assertThat(EventSchemaAssert.violations(e.header("ce_type"), e.value())).isEmpty();
            assertThat(e.value()).doesNotContain("chuyển nơi ở", "Hồ Thị Thu");
        }
        assertThat(transfers.get(1).value()).contains("\"communeCode\":\"20263\"");
    }

    @Test
    void aDeclinedTransferLeavesTheCaseWithTheSender() {
        String caseId = openCase();
        Response pending = transfer(SENDER, caseId, "48", "20263");
        String transferId = pending.path("id");
        assertProblem(transfer(SENDER, caseId, "48", "20285").then(), 409);
        assertProblem(decide(BYSTANDER, transferId, pending.header("ETag"), "acceptance", Map.of()).then(), 404);
        assertProblem(decide(RECEIVER, transferId, null, "acceptance", Map.of()).then(), 428);
        decide(RECEIVER, transferId, pending.header("ETag"), "decline", Map.of("reason", "Trẻ không cư trú tại xã."))
                .then().statusCode(200).body("status", equalTo("DECLINED"));
        assertProblem(decide(RECEIVER, transferId, pending.header("ETag"), "acceptance", Map.of()).then(), 412);
        assertProblem(given().header("Authorization", RECEIVER).when().get("/api/v1/cases/" + caseId).then(), 404);
        given().header("Authorization", SENDER).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("communeCode", equalTo("20194"));
    }

    @Test
    void badTransfersAreProblems() {
        String caseId = openCase();
        assertProblem(transfer(SENDER, caseId, "48", "20194").then(), 422).body("violations[0].field", equalTo("toCommuneCode"));
        assertProblem(transfer(SENDER, caseId, "99", "99999").then(), 422).body("violations[0].field", equalTo("toCommuneCode"));
        assertProblem(transfer(SENDER, caseId, "48", "20230").then(), 422).body("violations[0].message", equalTo(
                "commune 20230 (Phường Thuận Phước) no longer exists since 2025-07-01; it became part of 20242 (Phường Hải Châu)"));
        assertProblem(transfer(SENDER, caseId, "79", "20263").then(), 422).body("violations[0].message", equalTo(
                "commune 20263 (Phường Sơn Trà) lies in province 48 (Thành phố Đà Nẵng), not in 79 (Thành phố Hồ Chí Minh)"));
        assertProblem(transfer(SENDER, caseId, "4", "20263").then(), 400);
        String analyst = TestTokens.user("an").roles("analyst").jurisdiction("VN").bearer();
        assertProblem(transfer(analyst, caseId, "48", "20263").then(), 403);
        assertProblem(transfer(BYSTANDER, caseId, "48", "20263").then(), 404);
    }
}
