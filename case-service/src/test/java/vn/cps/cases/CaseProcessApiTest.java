package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class CaseProcessApiTest {

    static final String WORKER = TestTokens.user("cw-20194").roles("case-worker").jurisdiction("20194").bearer();
    static final String CHAIR = TestTokens.user("chair-20194").roles("case-approver").jurisdiction("20194").bearer();
    static final String AUDITOR = TestTokens.user("aud").roles("auditor").jurisdiction("VN").bearer();

    /** A case in a commune of Đà Nẵng. */
    private static String openCase(String commune) {
        return IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, IntakeFixtures.report("Lý Thị Hoa", "48", commune))
                .then().statusCode(201).extract().path("caseId");
    }

    private static String etag(String bearer, String caseId) {
        return given().header("Authorization", bearer).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().header("ETag");
    }

    private static RequestSpecification as(String bearer, String etag) {
        RequestSpecification spec = given().header("Authorization", bearer).contentType(ContentType.JSON);
        return etag == null ? spec : spec.header("If-Match", etag);
    }

    private static final Map<String, Object> ASSESSMENT = Map.of("harmSeverity", "HIGH", "abuserAccess", "HIGH",
            "careEnvironment", "MEDIUM", "childCapacity", "MEDIUM", "emergencyNeeded", true,
            "notes", "Trẻ sống cùng người gây bạo lực.");

    private static Map<String, Object> plan() {
        String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10).toString();
        return Map.of("goals", "Bảo đảm an toàn và chăm sóc y tế cho trẻ.", "actions", List.of(
                Map.of("description", "Xác minh và xử lý người gây bạo lực", "agencyCode", "POLICE-48", "dueDate", due),
                Map.of("description", "Khám và điều trị vết thương", "agencyCode", "HEALTH-48", "dueDate", due)));
    }

    @Test
    void aCaseIsCarriedFromTheCallToClosureWithEveryDeadlineVisible() {
        String caseId = openCase("20194");
        Response read = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId);
        read.then().statusCode(200)
                .body("deadlines.name", contains("EMERGENCY_MEASURES", "SUPPORT_PLAN"))
                .body("deadlines.status", contains("PENDING", "PENDING"));

        String etag = as(WORKER, read.header("ETag")).body(ASSESSMENT).post("/api/v1/cases/" + caseId + "/assessment")
                .then().statusCode(200).body("status", equalTo("ASSESSED")).body("riskLevel", equalTo("HIGH"))
                .extract().header("ETag");

        etag = as(CHAIR, etag).body(Map.of("type", "SAFE_PLACEMENT", "notes", "Đưa trẻ đến nhà người thân."))
                .post("/api/v1/cases/" + caseId + "/emergency-measures").then().statusCode(201)
                .body("type", equalTo("SAFE_PLACEMENT")).extract().header("ETag");

        etag = as(WORKER, etag).body(Map.of("heldOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                        "participants", List.of("UBND-20194", "POLICE-48", "HEALTH-48"),
                        "harmSeverity", "MEDIUM", "abuserAccess", "HIGH", "careEnvironment", "MEDIUM",
                        "childCapacity", "LOW", "conclusions", "Cần tách trẻ khỏi người gây bạo lực."))
                .post("/api/v1/cases/" + caseId + "/case-meeting").then().statusCode(201)
                .body("participants", containsInAnyOrder("UBND-20194", "POLICE-48", "HEALTH-48"))
                .extract().header("ETag");

        Response submitted = as(WORKER, etag).body(plan()).post("/api/v1/cases/" + caseId + "/plans");
        submitted.then().statusCode(201).body("status", equalTo("SUBMITTED")).body("cycle", equalTo(1))
                .body("actions.agencyCode", containsInAnyOrder("POLICE-48", "HEALTH-48"));
        String planId = submitted.path("id");

        Response approved = as(CHAIR, submitted.header("ETag")).body(Map.of("note", "Đồng ý"))
                .post("/api/v1/cases/" + caseId + "/plans/" + planId + "/approval");
        approved.then().statusCode(200).body("status", equalTo("APPROVED"));
        etag = approved.header("ETag");
        List<String> actionIds = approved.path("actions.id");
        List<String> agencies = approved.path("actions.agencyCode");

        // each action is referred to its agency, which accepts it and records the outcome
        Map<String, String> liaisons = Map.of(
                "POLICE-48", TestTokens.user("police").roles("agency-liaison").jurisdiction("48").agency("POLICE-48").bearer(),
                "HEALTH-48", TestTokens.user("hospital").roles("partner-system").jurisdiction("48").agency("HEALTH-48").bearer());
        List<Response> referrals = new java.util.ArrayList<>();
        for (int i = 0; i < actionIds.size(); i++) {
            Response referred = as(WORKER, null).body(Map.of("agencyCode", agencies.get(i), "reason", "Phối hợp thực hiện",
                    "responseDue", Instant.now().plus(Duration.ofDays(2)).toString(), "planActionId", actionIds.get(i)))
                    .post("/api/v1/cases/" + caseId + "/referrals");
            referred.then().statusCode(201);
            referrals.add(referred);
        }
        for (int i = 0; i < referrals.size(); i++) {
            String liaison = liaisons.get(agencies.get(i));
            String referralId = referrals.get(i).path("id");
            String accepted = as(liaison, referrals.get(i).header("ETag")).body(Map.of())
                    .post("/api/v1/referrals/" + referralId + "/acceptance").then().statusCode(200).extract().header("ETag");
            as(liaison, accepted).body(Map.of("outcome", "Đã thực hiện"))
                    .post("/api/v1/referrals/" + referralId + "/completion").then().statusCode(200);
        }
        for (String actionId : actionIds) {
            etag = as(WORKER, etag).body(Map.of("outcome", "Hoàn thành"))
                    .post("/api/v1/cases/" + caseId + "/plans/" + planId + "/actions/" + actionId + "/completion")
                    .then().statusCode(200).body("status", equalTo("DONE")).extract().header("ETag");
        }

        Response inSupport = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId);
        inSupport.then().statusCode(200).body("status", equalTo("IN_SUPPORT"))
                .body("deadlines.status", contains("MET", "MET"));

        assertProblem(as(CHAIR, inSupport.header("ETag")).body(Map.of("reason", "Xong", "planGoalsOutcome", "MOSTLY"))
                .post("/api/v1/cases/" + caseId + "/closure").then(), 400);
        as(CHAIR, inSupport.header("ETag")).body(Map.of("reason", "Trẻ đã an toàn, gia đình được hỗ trợ.",
                        "planGoalsOutcome", "MET"))
                .post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        // the closure review's finding on the plan's goals reaches statistics (indicator CASE-10)
        EventLog.awaitRecord(Topics.CASE_EVENTS, "case.closed of " + caseId + " with the plan's goals met",
                r -> caseId.equals(r.key()) && EventTypes.CASE_CLOSED_V1.equals(r.header("ce_type"))
                        && r.value().contains("\"goalsOutcome\":\"MET\""), java.time.Duration.ofSeconds(30));

        List<String> steps = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/timeline")
                .then().statusCode(200).extract().path("items.kind");
        assertThat(steps).hasSizeGreaterThanOrEqualTo(9).containsOnly("STEP");

        Set<String> types = publishedTypes(caseId, EventTypes.CASE_CLOSED_V1);
        assertThat(types).contains(EventTypes.CASE_REFERRAL_REQUESTED_V1, EventTypes.CASE_REFERRAL_ACCEPTED_V1,
                EventTypes.CASE_REFERRAL_COMPLETED_V1);
        assertThat(types).contains(EventTypes.CASE_OPENED_V1, EventTypes.CASE_ASSESSED_V1,
                EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1, EventTypes.CASE_PLAN_SUBMITTED_V1,
                EventTypes.CASE_PLAN_APPROVED_V1, EventTypes.CASE_ACTION_ASSIGNED_V1,
                EventTypes.CASE_ACTION_COMPLETED_V1, EventTypes.CASE_CLOSED_V1);
    }

    /** Reads the case's events until one of the given type arrives; checks each against its schema and for personal data. */
    private static Set<String> publishedTypes(String caseId, String until) {
        List<EventLog.Published> all = EventLog.awaitThrough(Topics.CASE_EVENTS, until + " of case " + caseId,
                r -> caseId.equals(r.key()) && until.equals(r.header("ce_type")), Duration.ofSeconds(30));
        List<EventLog.Published> mine = all.stream().filter(r -> caseId.equals(r.key())).toList();
        for (EventLog.Published event : mine) {
            assertThat(EventSchemaAssert.violations(event.header("ce_type"), event.value()))
                    .as("schema of %s", event.header("ce_type")).isEmpty();
            assertThat(event.value()).doesNotContain("Lý Thị Hoa", "Hàng xóm", "người thân", "vết thương",
                    "Hoàn thành", "an toàn");
        }
        return mine.stream().map(r -> r.header("ce_type")).collect(Collectors.toSet());
    }

    @Test
    void aCaseWithAnOpenReferralCannotBeClosed() {
        String caseId = openCase("20194");
        String etag = as(WORKER, etag(WORKER, caseId)).body(ASSESSMENT).post("/api/v1/cases/" + caseId + "/assessment")
                .then().statusCode(200).extract().header("ETag");
        Response submitted = as(WORKER, etag).body(plan()).post("/api/v1/cases/" + caseId + "/plans");
        etag = as(CHAIR, submitted.header("ETag")).body(Map.of()).post("/api/v1/cases/" + caseId + "/plans/"
                + submitted.path("id") + "/approval").then().statusCode(200).extract().header("ETag");
        as(WORKER, null).body(Map.of("agencyCode", "POLICE-48", "reason", "Xác minh",
                "responseDue", Instant.now().plus(Duration.ofDays(2)).toString()))
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201);
        assertProblem(as(CHAIR, etag).body(Map.of("reason", "Xong")).post("/api/v1/cases/" + caseId + "/closure").then(), 409);
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then()
                .body("status", equalTo("IN_SUPPORT"));
    }

    @Test
    void anIllegalStepIs409AndNamesTheAllowedSteps() {
        String caseId = openCase("20194");
        assertProblem(as(CHAIR, etag(WORKER, caseId)).body(Map.of("reason", "x"))
                .post("/api/v1/cases/" + caseId + "/closure").then(), 409)
                .body("currentStatus", equalTo("RECEIVED"))
                .body("attempted", equalTo("CLOSE"))
                .body("detail", equalTo("A case in RECEIVED cannot close; allowed from RECEIVED: assess, dismiss, "
                        + "merge into another case"))
                .body("allowed", containsInAnyOrder("ASSESS", "DISMISS", "MERGE"));
        assertProblem(as(WORKER, etag(WORKER, caseId)).body(plan()).post("/api/v1/cases/" + caseId + "/plans").then(), 409)
                .body("attempted", equalTo("SUBMIT_PLAN"))
                .body("detail", equalTo("A case in RECEIVED cannot submit a plan; allowed from RECEIVED: assess, dismiss, "
                        + "merge into another case"));
        assertProblem(as(WORKER, etag(WORKER, caseId)).body(Map.of("heldOn", "2026-01-05", "participants",
                List.of("POLICE-48"), "harmSeverity", "LOW", "abuserAccess", "LOW", "careEnvironment", "LOW",
                "childCapacity", "LOW", "conclusions", "x")).post("/api/v1/cases/" + caseId + "/case-meeting").then(), 409)
                .body("attempted", equalTo("RECORD_CASE_MEETING"));
    }

    @Test
    void aChangeWithoutIfMatchIs428AndAStaleOneIs412AndChangesNothing() {
        String caseId = openCase("20194");
        String first = etag(WORKER, caseId);
        assertProblem(as(WORKER, null).body(ASSESSMENT).post("/api/v1/cases/" + caseId + "/assessment").then(), 428);
        as(WORKER, first).body(ASSESSMENT).post("/api/v1/cases/" + caseId + "/assessment").then().statusCode(200);
        assertProblem(as(CHAIR, first).body(Map.of("reason", "stale")).post("/api/v1/cases/" + caseId + "/dismissal")
                .then(), 412);
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then()
                .body("status", equalTo("ASSESSED"));
    }

    @Test
    void stepsKeepToTheirRolesAndScope() {
        String caseId = openCase("20194");
        String etag = etag(WORKER, caseId);
        assertProblem(as(CHAIR, etag).body(ASSESSMENT).post("/api/v1/cases/" + caseId + "/assessment").then(), 403);
        assertProblem(as(WORKER, etag).body(Map.of("type", "MEDICAL_CARE"))
                .post("/api/v1/cases/" + caseId + "/emergency-measures").then(), 403);
        String otherCommune = TestTokens.user("cw-x").roles("case-worker").jurisdiction("20200").bearer();
        assertProblem(as(otherCommune, etag).body(ASSESSMENT).post("/api/v1/cases/" + caseId + "/assessment").then(), 404);
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", etag).body(ASSESSMENT)
                .post("/api/v1/cases/" + caseId + "/assessment").then(), 401);
    }

    @Test
    void badInputToTheStepsIsAProblem() {
        String caseId = openCase("20194");
        String etag = etag(WORKER, caseId);
        assertProblem(as(WORKER, etag).body(Map.of("harmSeverity", "EXTREME")).post("/api/v1/cases/" + caseId + "/assessment")
                .then(), 400).body("violations[0].field", equalTo("harmSeverity"));
        assertProblem(as(WORKER, etag).body(Map.of("harmSeverity", "HIGH")).post("/api/v1/cases/" + caseId + "/assessment")
                .then(), 400).body("violations.field", hasItem("emergencyNeeded"));
        String separationTooLong = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20).toString();
        assertProblem(as(CHAIR, etag).body(Map.of("type", "TEMPORARY_SEPARATION", "separationUntil", separationTooLong))
                .post("/api/v1/cases/" + caseId + "/emergency-measures").then(), 422)
                .body("violations[0].field", equalTo("separationUntil"));
        assertProblem(as(CHAIR, etag).body(Map.of("type", "MEDICAL_CARE", "takenAt", Instant.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/v1/cases/" + caseId + "/emergency-measures").then(), 422);
        given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/emergency-measures")
                .then().statusCode(200).body("size()", equalTo(0));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Response separation = as(CHAIR, etag).body(Map.of("type", "TEMPORARY_SEPARATION", "separationUntil",
                today.plusDays(15).toString())).post("/api/v1/cases/" + caseId + "/emergency-measures");
        separation.then().statusCode(201);
        String measureId = separation.path("id");
        assertProblem(as(CHAIR, separation.header("ETag")).body(Map.of("until", today.plusDays(31).toString(),
                "reason", "x")).post("/api/v1/cases/" + caseId + "/emergency-measures/" + measureId + "/extension")
                .then(), 422).body("violations[0].field", equalTo("until"));
        as(CHAIR, separation.header("ETag")).body(Map.of("until", today.plusDays(25).toString(), "reason",
                "Người gây bạo lực chưa bị xử lý")).post("/api/v1/cases/" + caseId + "/emergency-measures/" + measureId
                + "/extension").then().statusCode(200).body("extensions", equalTo(1))
                .body("separationUntil", equalTo(today.plusDays(25).toString()));
    }

    @Test
    void theTimelineOnlyGrowsAndCorrectionsNameTheirEntry() {
        String caseId = openCase("20194");
        String noteId = as(WORKER, null).body(Map.of("kind", "CALL", "text", "Gọi điện cho mẹ của trẻ."))
                .post("/api/v1/cases/" + caseId + "/timeline").then().statusCode(201).extract().path("id");
        as(WORKER, null).body(Map.of("kind", "CORRECTION", "text", "Gọi cho bà ngoại, không phải mẹ.", "correctsEntryId", noteId))
                .post("/api/v1/cases/" + caseId + "/timeline").then().statusCode(201);
        assertProblem(as(WORKER, null).body(Map.of("kind", "CORRECTION", "text", "x", "correctsEntryId",
                java.util.UUID.randomUUID().toString())).post("/api/v1/cases/" + caseId + "/timeline").then(), 422);
        assertProblem(as(WORKER, null).body(Map.of("kind", "STEP", "text", "forged"))
                .post("/api/v1/cases/" + caseId + "/timeline").then(), 422);
        assertProblem(as(WORKER, null).body(Map.of("kind", "DOCUMENT", "text", "biên bản"))
                .post("/api/v1/cases/" + caseId + "/timeline").then(), 422);

        Response first = given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/timeline?limit=2");
        first.then().statusCode(200).body("items.kind", contains("STEP", "CALL"));
        given().header("Authorization", WORKER).when()
                .get("/api/v1/cases/" + caseId + "/timeline?limit=2&cursor=" + first.path("nextCursor"))
                .then().statusCode(200).body("items.kind", contains("CORRECTION")).body("items[0].correctsEntryId", equalTo(noteId));
    }

    @Test
    void auditorsSeeWhoReadACase() {
        String caseId = openCase("20194");
        given().header("Authorization", WORKER).header("X-Purpose", "home visit planning").when()
                .get("/api/v1/cases/" + caseId).then().statusCode(200);
        given().header("Authorization", AUDITOR).when().get("/api/v1/cases/" + caseId + "/access-log").then()
                .statusCode(200).body("purpose", hasItem("home visit planning")).body("userId", hasItem(
                        java.util.UUID.nameUUIDFromBytes("cw-20194".getBytes()).toString()));
        assertProblem(given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId + "/access-log").then(), 403);
        String otherSupervisor = TestTokens.user("sup-79").roles("case-supervisor").jurisdiction("79").bearer();
        assertProblem(given().header("Authorization", otherSupervisor).when()
                .get("/api/v1/cases/" + caseId + "/access-log").then(), 404);
    }

    @Test
    void theListShowsOnlyCasesInScopeWithTheSameRuleAsSingleReads() {
        String mine = openCase("20209");
        String theirs = openCase("20257");
        String worker = TestTokens.user("cw-20209").roles("case-worker").jurisdiction("20209").bearer();
        List<String> ids = given().header("Authorization", worker).when().get("/api/v1/cases?limit=200").then()
                .statusCode(200).extract().path("items.id");
        assertThat(ids).contains(mine).doesNotContain(theirs);
        for (String id : ids) {
            given().header("Authorization", worker).when().get("/api/v1/cases/" + id).then().statusCode(200);
        }
        assertProblem(given().header("Authorization", worker).when().get("/api/v1/cases?status=OPEN").then(), 400);
    }
}
