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
import io.restassured.specification.RequestSpecification;
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
class ReferralApiTest {

    static final String WORKER = CaseProcessApiTest.WORKER;
    static final String POLICE = TestTokens.user("police-48").roles("agency-liaison").jurisdiction("48")
            .agency("POLICE-48").bearer();
    static final String HOSPITAL_SYSTEM = TestTokens.user("service-account-hospital").roles("partner-system")
            .jurisdiction("48").agency("HEALTH-48").bearer();
    static final String SCHOOL = TestTokens.user("school-48").roles("agency-liaison").jurisdiction("48")
            .agency("SCHOOL-48").bearer();

    private static RequestSpecification as(String bearer, String etag) {
        RequestSpecification spec = given().header("Authorization", bearer).contentType(ContentType.JSON);
        return etag == null ? spec : spec.header("If-Match", etag);
    }

    private static String openCase() {
        return IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, IntakeFixtures.report("Đỗ Văn Hùng", "48", "20194"))
                .then().statusCode(201).extract().path("caseId");
    }

    private static Response refer(String caseId, String agency, Object planActionId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("agencyCode", agency,
                "reason", "Đề nghị xác minh hành vi bạo lực đối với trẻ.",
                "responseDue", Instant.now().plus(Duration.ofDays(3)).toString()));
        if (planActionId != null) {
            body.put("planActionId", planActionId);
        }
        return as(WORKER, null).body(body).post("/api/v1/cases/" + caseId + "/referrals");
    }

    private static io.restassured.response.ValidatableResponse referredCase(String bearer, String referralId) {
        return given().header("Authorization", bearer).when().get("/api/v1/referrals/" + referralId + "/case").then();
    }

    @Test
    void referralsToThePoliceAndAHealthFacilityAreAcceptedAndCompleted() {
        String caseId = openCase();
        // an agency never reads the case itself: only through a referral, and only what it needs
        assertProblem(given().header("Authorization", POLICE).when().get("/api/v1/cases/" + caseId).then(), 403);

        Response toPolice = refer(caseId, "POLICE-48", null);
        toPolice.then().statusCode(201).body("status", equalTo("REQUESTED"));
        Response toHospital = refer(caseId, "HEALTH-48", null);

        assertProblem(given().header("Authorization", POLICE).when().get("/api/v1/cases/" + caseId).then(), 403);
        referredCase(POLICE, toPolice.path("id")).statusCode(200).body("view", equalTo("REFERRED_CASE"))
                .body("caseId", equalTo(caseId)).body("child.fullName", equalTo("Đỗ Văn Hùng"))
                .body("reason", equalTo("Đề nghị xác minh hành vi bạo lực đối với trẻ."));
        assertProblem(referredCase(POLICE, toHospital.path("id")), 404);
        given().header("Authorization", POLICE).when().get("/api/v1/referrals").then().statusCode(200)
                .body("id", hasItem(toPolice.<String>path("id"))).body("id", not(hasItem(toHospital.<String>path("id"))));

        String policeId = toPolice.path("id");
        String etag = as(POLICE, toPolice.header("ETag")).body(Map.of("note", "Đã tiếp nhận"))
                .post("/api/v1/referrals/" + policeId + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).extract().header("ETag");
        as(POLICE, etag).body(Map.of("outcome", "Đã xử lý hành chính người gây bạo lực."))
                .post("/api/v1/referrals/" + policeId + "/completion").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        // done: the police keep their referral and its outcome, no longer the facts of the case
        given().header("Authorization", POLICE).when().get("/api/v1/referrals/" + policeId).then().statusCode(200);
        assertProblem(referredCase(POLICE, policeId), 404);

        String hospitalId = toHospital.path("id");
        etag = as(HOSPITAL_SYSTEM, toHospital.header("ETag")).body(Map.of())
                .post("/api/v1/referrals/" + hospitalId + "/acceptance").then().statusCode(200).extract().header("ETag");
        as(HOSPITAL_SYSTEM, etag).body(Map.of("outcome", "Đã khám, điều trị vết thương."))
                .post("/api/v1/referrals/" + hospitalId + "/completion").then().statusCode(200);

        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/referrals").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.everyItem(equalTo("COMPLETED")));

        List<EventLog.Published> events = EventLog.awaitThrough(Topics.CASE_EVENTS,
                "referral-completed of referral " + hospitalId + " in case " + caseId,
                r -> caseId.equals(r.key()) && r.value().contains(hospitalId)
                        && EventTypes.CASE_REFERRAL_COMPLETED_V1.equals(r.header("ce_type")), Duration.ofSeconds(30));
        List<EventLog.Published> referralEvents = events.stream().filter(r -> caseId.equals(r.key()))
                .filter(r -> r.header("ce_type").contains("referral")).toList();
        assertThat(referralEvents).hasSize(6);
        for (EventLog.Published e : referralEvents) {
            assertThat(EventSchemaAssert.violations(e.header("ce_type"), e.value())).isEmpty();
            assertThat(e.value()).doesNotContain("Đỗ Văn Hùng", "bạo lực", "vết thương");
        }
    }

    @Test
    void anAgencyThatDeclinesOrWhoseReferralIsWithdrawnLosesTheCase() {
        String caseId = openCase();
        Response toSchool = refer(caseId, "SCHOOL-48", null);
        String schoolId = toSchool.path("id");
        referredCase(SCHOOL, schoolId).statusCode(200);
        as(SCHOOL, toSchool.header("ETag")).body(Map.of("reason", "Trẻ không học tại trường này."))
                .post("/api/v1/referrals/" + schoolId + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        assertProblem(referredCase(SCHOOL, schoolId), 404);
        assertProblem(given().header("Authorization", SCHOOL).when().get("/api/v1/referrals/" + schoolId).then(), 404);

        Response toPolice = refer(caseId, "POLICE-48", null);
        referredCase(POLICE, toPolice.path("id")).statusCode(200);
        as(WORKER, toPolice.header("ETag")).body(Map.of("reason", "Gia đình đã chuyển đi."))
                .post("/api/v1/referrals/" + toPolice.path("id") + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertProblem(referredCase(POLICE, toPolice.path("id")), 404);
        assertProblem(as(POLICE, "\"1\"").body(Map.of())
                .post("/api/v1/referrals/" + toPolice.path("id") + "/acceptance").then(), 404);
    }

    @Test
    void stepsOutOfOrderStaleOrByTheWrongPartyAreRefused() {
        String caseId = openCase();
        Response toPolice = refer(caseId, "POLICE-48", null);
        String id = toPolice.path("id");
        String etag = toPolice.header("ETag");
        assertProblem(as(POLICE, etag).body(Map.of("outcome", "x")).post("/api/v1/referrals/" + id + "/completion").then(), 409);
        assertProblem(as(POLICE, null).body(Map.of()).post("/api/v1/referrals/" + id + "/acceptance").then(), 428);
        assertProblem(as(WORKER, etag).body(Map.of()).post("/api/v1/referrals/" + id + "/acceptance").then(), 403);
        assertProblem(as(SCHOOL, etag).body(Map.of()).post("/api/v1/referrals/" + id + "/acceptance").then(), 404);
        String accepted = as(POLICE, etag).body(Map.of()).post("/api/v1/referrals/" + id + "/acceptance").then()
                .statusCode(200).extract().header("ETag");
        assertProblem(as(POLICE, etag).body(Map.of("outcome", "stale")).post("/api/v1/referrals/" + id + "/completion")
                .then(), 412);
        assertProblem(as(POLICE, accepted).body(Map.of()).post("/api/v1/referrals/" + id + "/acceptance").then(), 409);
    }

    /**
     * A referral of one plan action shows that action and the facts of the case, not the other action,
     * the assessment notes, the summary, the timeline or the reporter; the access log says which view.
     */
    @Test
    void aReferralOfOnePlanActionShowsThatActionAndTheCaseFactsOnly() {
        Map<String, Object> report = new java.util.HashMap<>(IntakeFixtures.report("Đỗ Thị Hạnh", "48", "20194"));
        report.put("reporter", Map.of("name", "Bà Tư", "phone", "0905111222"));
        String caseId = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, report).then().statusCode(201)
                .extract().path("caseId");
        String etag = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then()
                .extract().header("ETag");
        etag = as(WORKER, etag).body(Map.of("harmSeverity", "HIGH", "abuserAccess", "HIGH", "careEnvironment", "MEDIUM",
                "childCapacity", "MEDIUM", "emergencyNeeded", false, "notes", "Ghi chú đánh giá mật"))
                .post("/api/v1/cases/" + caseId + "/assessment").then().statusCode(200).extract().header("ETag");
        String due = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10).toString();
        Response submitted = as(WORKER, etag).body(Map.of("goals", "An toàn cho trẻ", "actions", List.of(
                Map.of("description", "Xác minh người gây bạo lực", "agencyCode", "POLICE-48", "dueDate", due),
                Map.of("description", "Khám sức khỏe cho trẻ", "agencyCode", "HEALTH-48", "dueDate", due))))
                .post("/api/v1/cases/" + caseId + "/plans");
        Response approved = as(CaseProcessApiTest.CHAIR, submitted.header("ETag")).body(Map.of())
                .post("/api/v1/cases/" + caseId + "/plans/" + submitted.path("id") + "/approval");
        approved.then().statusCode(200);
        String healthAction = approved.path("actions.find { it.agencyCode == 'HEALTH-48' }.id");
        String referralId = refer(caseId, "HEALTH-48", healthAction).then().statusCode(201).extract().path("id");

        Response view = given().header("Authorization", HOSPITAL_SYSTEM).header("X-Purpose", "kham suc khoe")
                .when().get("/api/v1/referrals/" + referralId + "/case");
        view.then().statusCode(200).body("view", equalTo("REFERRED_ACTION")).body("action.id", equalTo(healthAction))
                .body("action.description", equalTo("Khám sức khỏe cho trẻ")).body("child.fullName", equalTo("Đỗ Thị Hạnh"))
                .body("child.sex", equalTo("FEMALE")).body("riskLevel", equalTo("HIGH"))
                .body("harmTypes", org.hamcrest.Matchers.contains("NEGLECT", "VIOLENCE"))
                .body("communeCode", equalTo("20194"));
        assertThat(view.asString()).doesNotContain("Xác minh người gây bạo lực", "Ghi chú đánh giá", "Bà Tư", "0905111222",
                "vết bầm", "An toàn cho trẻ", "2016-04-02", "reporter", "summary", "timeline");
        // the case side sees what the agency is shown, in its jurisdiction only
        referredCase(WORKER, referralId).statusCode(200).body("view", equalTo("REFERRED_ACTION"));
        assertProblem(referredCase(TestTokens.user("cw-x").roles("case-worker").jurisdiction("20200").bearer(),
                referralId), 404);
        assertProblem(referredCase(POLICE, referralId), 404);

        String auditor = TestTokens.user("aud").roles("auditor").jurisdiction("VN").bearer();
        List<Map<String, Object>> log = given().header("Authorization", auditor).when()
                .get("/api/v1/cases/" + caseId + "/access-log").then().statusCode(200).extract().path("$");
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.get("view")).isEqualTo("REFERRED_ACTION");
            assertThat(entry.get("purpose")).isEqualTo("kham suc khoe");
            assertThat((String) entry.get("roles")).contains("partner-system");
        });
        assertThat(log).anySatisfy(entry -> assertThat(entry.get("view")).isEqualTo("CASE"));
    }

    @Test
    void badReferralsAreProblems() {
        String caseId = openCase();
        assertProblem(as(WORKER, null).body(Map.of("agencyCode", "police", "reason", "x",
                "responseDue", Instant.now().plusSeconds(3600).toString())).post("/api/v1/cases/" + caseId + "/referrals")
                .then(), 400).body("violations[0].field", equalTo("agencyCode"));
        assertProblem(as(WORKER, null).body(Map.of("agencyCode", "POLICE-48", "reason", "x",
                "responseDue", Instant.now().minusSeconds(3600).toString())).post("/api/v1/cases/" + caseId + "/referrals")
                .then(), 422).body("violations[0].field", equalTo("responseDue"));
        assertProblem(refer(caseId, "POLICE-48", java.util.UUID.randomUUID().toString()).then(), 422)
                .body("violations[0].field", equalTo("planActionId"));
        String otherWorker = TestTokens.user("cw-x").roles("case-worker").jurisdiction("20200").bearer();
        assertProblem(given().header("Authorization", otherWorker).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", "POLICE-48", "reason", "x", "responseDue", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/cases/" + caseId + "/referrals").then(), 404);
        String noAgency = TestTokens.user("liaison").roles("agency-liaison").jurisdiction("48").bearer();
        assertProblem(given().header("Authorization", noAgency).when().get("/api/v1/referrals").then(), 422);
    }
}
