package vn.cps.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.PublishedOutbox;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class PlanApiTest {

    static final String MANAGER = TestTokens.user("pm-48").roles("plan-manager").jurisdiction("48").bearer();
    static final String CONTRIBUTOR = TestTokens.user("doet-48").roles("plan-contributor").jurisdiction("48")
            .agency("DOET-48").bearer();
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    private static Response post(String bearer, String path, Object body, String ifMatch) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(path);
    }

    private static Map<String, Object> plan(String number) {
        return Map.of("number", number, "title", "Kế hoạch thực hiện công tác trẻ em năm " + YEAR,
                "issuingAuthority", "UBND thành phố Đà Nẵng", "jurisdiction", "48", "periodStartYear", YEAR,
                "periodEndYear", YEAR, "implementsDocument", "QĐ 23/QĐ-TTg", "fundingSources",
                List.of("STATE_BUDGET", "MOBILISED"));
    }

    @Test
    void aTargetThatFallsBehindIsAnnouncedOnce() {
        Response drafted = post(MANAGER, "/api/v1/plans", plan(UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND"), null);
        drafted.then().statusCode(201).body("status", equalTo("DRAFT"));
        String planId = drafted.path("id");
        post(MANAGER, "/api/v1/plans/" + planId + "/issuance", Map.of(), drafted.header("ETag")).then().statusCode(200)
                .body("status", equalTo("ISSUED"));

        String indicator = "PX-" + UUID.randomUUID().toString().substring(0, 6);
        post(MANAGER, "/api/v1/plans/" + planId + "/targets", Map.of("indicatorCode", indicator,
                "name", "Tỷ lệ trẻ em bị xâm hại", "jurisdiction", "48", "periodStartYear", YEAR, "periodEndYear", YEAR,
                "direction", "AT_MOST", "targetValue", 4.5, "unit", "percent", "baseline", 5), null)
                .then().statusCode(201).body("status", equalTo("NO_DATA"));

        post(CONTRIBUTOR, "/api/v1/indicator-values", Map.of("indicatorCode", indicator, "jurisdiction", "48",
                "year", YEAR, "value", 6), null).then().statusCode(201);
        post(CONTRIBUTOR, "/api/v1/indicator-values", Map.of("indicatorCode", indicator, "jurisdiction", "48",
                "year", YEAR, "value", 6.1), null).then().statusCode(201);
        given().header("Authorization", MANAGER).when().get("/api/v1/plans/" + planId + "/targets").then()
                .statusCode(200).body("[0].status", equalTo("AT_RISK")).body("[0].actual", equalTo(6.1f));

        EventLog.awaitRecord(Topics.PLAN_EVENTS, "target-at-risk of plan " + planId,
                r -> planId.equals(r.key()) && EventTypes.PLAN_TARGET_AT_RISK_V1.equals(r.header("ce_type")),
                Duration.ofSeconds(30));
        PublishedOutbox.await(dataSource, Duration.ofSeconds(30));
        List<EventLog.Published> mine = EventLog.readToEnd(Topics.PLAN_EVENTS).stream()
                .filter(r -> planId.equals(r.key())).toList();
        assertThat(mine).extracting(r -> r.header("ce_type"))
                .containsExactly(EventTypes.PLAN_ISSUED_V1, EventTypes.PLAN_TARGET_AT_RISK_V1);
        for (EventLog.Published e : mine) {
            assertThat(EventSchemaAssert.violations(e.header("ce_type"), e.value())).isEmpty();
        }
    }

    @jakarta.inject.Inject
    vn.cps.plans.service.PlanService planService;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void aTargetWhosePeriodEndedShortIsAnnouncedMissedByTheScanOnce() {
        int past = YEAR - 2;
        Map<String, Object> body = new java.util.HashMap<>(plan("P-" + UUID.randomUUID().toString().substring(0, 8)));
        body.put("periodStartYear", past);
        body.put("periodEndYear", past);
        String planId = post(MANAGER, "/api/v1/plans", body, null).then().statusCode(201).extract().path("id");
        String indicator = "PS-" + UUID.randomUUID().toString().substring(0, 6);
        post(CONTRIBUTOR, "/api/v1/indicator-values", Map.of("indicatorCode", indicator, "jurisdiction", "48",
                "year", past, "value", 70), null).then().statusCode(201);
        post(MANAGER, "/api/v1/plans/" + planId + "/targets", Map.of("indicatorCode", indicator, "name", "Tập huấn",
                "jurisdiction", "48", "periodStartYear", past, "periodEndYear", past, "direction", "AT_LEAST",
                "targetValue", 80, "unit", "percent", "baseline", 40), null).then().statusCode(201)
                .body("status", equalTo("MISSED"));

        assertThat(planService.reevaluateEndedTargets()).isGreaterThanOrEqualTo(1);
        planService.reevaluateEndedTargets();
        PublishedOutbox.await(dataSource, Duration.ofSeconds(30));
        List<EventLog.Published> missed = EventLog.readToEnd(Topics.PLAN_EVENTS).stream().filter(r -> planId.equals(r.key()))
                .filter(r -> EventTypes.PLAN_TARGET_MISSED_V1.equals(r.header("ce_type"))).toList();
        assertThat(missed).hasSize(1);
    }

    @Test
    void aValueMeasuredByReportingIsRecordedOnceAndReadByItsTargets() {
        String planId = post(MANAGER, "/api/v1/plans", plan("M-" + UUID.randomUUID().toString().substring(0, 8)), null)
                .then().statusCode(201).extract().path("id");
        String indicator = "PM-" + UUID.randomUUID().toString().substring(0, 6);
        post(MANAGER, "/api/v1/plans/" + planId + "/targets", Map.of("indicatorCode", indicator, "name", "Trẻ bị xâm hại",
                "jurisdiction", "48", "periodStartYear", YEAR, "periodEndYear", YEAR, "direction", "AT_MOST",
                "targetValue", 10, "unit", "children", "baseline", 12), null).then().statusCode(201);
        String eventId = UUID.randomUUID().toString();
        String payload = vn.cps.testkit.CaseEventsFixture.json(new vn.cps.events.reporting.IndicatorMeasuredV1(indicator,
                "48", YEAR, "Y", new java.math.BigDecimal("15"), null, null, java.time.Instant.now()));
        assertThat(EventSchemaAssert.violations(EventTypes.REPORTING_INDICATOR_MEASURED_V1, payload)).isEmpty();
        EventLog.publish(Topics.REPORTING_EVENTS, indicator + "/48", eventId, EventTypes.REPORTING_INDICATOR_MEASURED_V1, payload);
        EventLog.publish(Topics.REPORTING_EVENTS, indicator + "/48", eventId, EventTypes.REPORTING_INDICATOR_MEASURED_V1, payload);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "AT_RISK".equals(given()
                .header("Authorization", MANAGER).when().get("/api/v1/plans/" + planId + "/targets").then()
                .extract().path("[0].status")));
        PublishedOutbox.await(dataSource, Duration.ofSeconds(30));
        List<EventLog.Published> atRisk = EventLog.readToEnd(Topics.PLAN_EVENTS).stream().filter(r -> planId.equals(r.key()))
                .filter(r -> EventTypes.PLAN_TARGET_AT_RISK_V1.equals(r.header("ce_type"))).toList();
        assertThat(atRisk).hasSize(1);
    }

    @Test
    void aShareOverTheChildPopulationIsComputedOnceTheReportedDenominatorIsKnown() {
        int year = 2014; // no other test records CASE-01 or I-X01
        String commune = "20200";
        // the population is the denominator of CASE-11: it must say where it comes from
        assertProblem(post(MANAGER, "/api/v1/indicator-values", Map.of("indicatorCode", "I-X01", "jurisdiction", commune,
                "year", year, "period", "H1", "value", 8000), null).then(), 422)
                .body("violations[0].field", equalTo("sourceNote"));
        assertProblem(post(MANAGER, "/api/v1/indicator-values", Map.of("indicatorCode", "I-X01", "jurisdiction", commune,
                "year", year, "period", "Q1", "value", 8000, "sourceNote", "x"), null).then(), 400);
        post(MANAGER, "/api/v1/indicator-values", Map.of("indicatorCode", "I-X01", "jurisdiction", commune, "year", year,
                "period", "H1", "value", 8000, "sourceNote", "Cục Thống kê thành phố Đà Nẵng, niên giám 2014"), null)
                .then().statusCode(201).body("period", equalTo("H1")).body("source", equalTo("REPORTED"));
        // reporting-service measures 12 children in special circumstances there in the first half
        String payload = vn.cps.testkit.CaseEventsFixture.json(new vn.cps.events.reporting.IndicatorMeasuredV1("CASE-01",
                commune, year, "H1", new java.math.BigDecimal("12"), null, null, java.time.Instant.now()));
        EventLog.publish(Topics.REPORTING_EVENTS, "CASE-01/" + commune, UUID.randomUUID().toString(),
                EventTypes.REPORTING_INDICATOR_MEASURED_V1, payload);
        EventLog.Published computed = EventLog.awaitRecord(Topics.PLAN_EVENTS, "CASE-11 computed for " + commune,
                r -> EventTypes.PLAN_INDICATOR_VALUE_RECORDED_V1.equals(r.header("ce_type"))
                        && r.value().contains("\"indicatorCode\":\"CASE-11\"")
                        && r.value().contains("\"jurisdiction\":\"" + commune + "\""), Duration.ofSeconds(30));
        assertThat(computed.value()).contains("\"value\":0.15", "\"period\":\"H1\"", "\"source\":\"COMPUTED\"",
                "\"year\":" + year);
        assertThat(EventSchemaAssert.violations(EventTypes.PLAN_INDICATOR_VALUE_RECORDED_V1, computed.value())).isEmpty();
        // the share is read like any value, with its parts and the source of its denominator
        given().header("Authorization", MANAGER).when().get("/api/v1/indicator-values?indicator=CASE-11&jurisdiction="
                + commune + "&year=" + year + "&period=H1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].value", equalTo(0.15f))
                .body("items[0].numerator", equalTo(12.0f)).body("items[0].denominator", equalTo(8000.0f))
                .body("items[0].sourceNote", equalTo("Cục Thống kê thành phố Đà Nẵng, niên giám 2014"));
        given().header("Authorization", MANAGER).when().get("/api/v1/indicator-values?indicator=CASE-11&jurisdiction="
                + commune + "&year=" + year).then().statusCode(200).body("items.size()", equalTo(0));
        String otherProvince = TestTokens.user("pm-79").roles("plan-manager").jurisdiction("79").bearer();
        assertProblem(given().header("Authorization", otherProvince).when().get("/api/v1/indicator-values?indicator=CASE-11"
                + "&jurisdiction=" + commune + "&year=" + year).then(), 422);
        assertProblem(given().header("Authorization", MANAGER).when().get("/api/v1/indicator-values?indicator=CASE-11"
                + "&jurisdiction=" + commune + "&year=" + year + "&period=Q3").then(), 400);
        // analysts read suppressed statistics in reporting-service, not unsuppressed commune figures here
        String analyst = TestTokens.user("an-48").roles("analyst").jurisdiction("48").bearer();
        assertProblem(given().header("Authorization", analyst).when().get("/api/v1/indicator-values?indicator=CASE-11"
                + "&jurisdiction=" + commune + "&year=" + year).then(), 403);
    }

    @Test
    void aPartnerSystemRetryingAValueRecordsItOnce() {
        String partner = TestTokens.user("svc-doet").roles("partner-system").jurisdiction("48").agency("DOET-48").bearer();
        String key = "doet-48-" + UUID.randomUUID();
        Map<String, Object> value = Map.of("indicatorCode", "NPA-09", "jurisdiction", "48", "year", YEAR, "value", 41.5);
        String first = given().header("Authorization", partner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(value).when().post("/api/v1/indicator-values").then().statusCode(201).extract().path("id");
        given().header("Authorization", partner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(value).when().post("/api/v1/indicator-values").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertProblem(given().header("Authorization", partner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("indicatorCode", "NPA-09", "jurisdiction", "48", "year", YEAR, "value", 42))
                .when().post("/api/v1/indicator-values").then(), 422).body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void plansKeepToTheirJurisdictionAndRoles() {
        Response drafted = post(MANAGER, "/api/v1/plans", plan("S-" + UUID.randomUUID().toString().substring(0, 8)), null);
        String planId = drafted.path("id");
        String otherProvince = TestTokens.user("pm-79").roles("plan-manager").jurisdiction("79").bearer();
        assertProblem(given().header("Authorization", otherProvince).when().get("/api/v1/plans/" + planId).then(), 404);
        assertProblem(post(otherProvince, "/api/v1/plans", plan("X-1"), null).then(), 422);
        assertProblem(post(CONTRIBUTOR, "/api/v1/plans", plan("X-2"), null).then(), 403);
        assertProblem(given().when().get("/api/v1/plans").then(), 401);
        String operator = TestTokens.user("op").roles("hotline-operator").jurisdiction("VN").bearer();
        assertProblem(given().header("Authorization", operator).when().get("/api/v1/plans").then(), 403);
        given().header("Authorization", MANAGER).when().get("/api/v1/plans").then().statusCode(200)
                .body("id", hasItem(planId));
        assertProblem(post(CONTRIBUTOR, "/api/v1/indicator-values", Map.of("indicatorCode", "NPA-07",
                "jurisdiction", "79", "year", YEAR, "value", 1), null).then(), 422);
    }

    @Test
    void aProvinceActsForItsOwnCommunesAndOnlyCurrentUnitsAreWritten() {
        Map<String, Object> commune = new java.util.HashMap<>(plan("XA-" + UUID.randomUUID().toString().substring(0, 8)));
        commune.put("jurisdiction", "20194");
        post(MANAGER, "/api/v1/plans", commune, null).then().statusCode(201)
                .body("jurisdiction", equalTo("20194")).body("jurisdictionName", equalTo("Phường Hải Vân"));
        commune.put("jurisdiction", "25747");
        assertProblem(post(MANAGER, "/api/v1/plans", commune, null).then(), 422)
                .body("violations[0].message", equalTo("lies outside your jurisdiction"));
        commune.put("jurisdiction", "20230");
        assertProblem(post(MANAGER, "/api/v1/plans", commune, null).then(), 422)
                .body("violations[0].message", equalTo("commune 20230 (Phường Thuận Phước) no longer exists since "
                        + "2025-07-01; it became part of 20242 (Phường Hải Châu)"));
        String communeManager = TestTokens.user("pm-20194").roles("plan-manager").jurisdiction("20194").bearer();
        assertProblem(post(communeManager, "/api/v1/plans", plan("XA-P-1"), null).then(), 422)
                .body("violations[0].message", equalTo("lies outside your jurisdiction"));
    }

    @Test
    void badPlansAndStaleIssuesAreProblems() {
        String number = "D-" + UUID.randomUUID().toString().substring(0, 8);
        Response drafted = post(MANAGER, "/api/v1/plans", plan(number), null);
        assertProblem(post(MANAGER, "/api/v1/plans", plan(number), null).then(), 409);
        assertProblem(post(MANAGER, "/api/v1/plans", Map.of("number", "x"), null).then(), 400)
                .body("violations.field", hasItem("title"));
        String planId = drafted.path("id");
        assertProblem(post(MANAGER, "/api/v1/plans/" + planId + "/issuance", Map.of(), null).then(), 428);
        assertProblem(post(MANAGER, "/api/v1/plans/" + planId + "/issuance", Map.of(), "\"99\"").then(), 412);
        post(MANAGER, "/api/v1/plans/" + planId + "/issuance", Map.of(), drafted.header("ETag")).then().statusCode(200);
        String issued = given().header("Authorization", MANAGER).when().get("/api/v1/plans/" + planId).then()
                .extract().header("ETag");
        assertProblem(post(MANAGER, "/api/v1/plans/" + planId + "/issuance", Map.of(), issued).then(), 409);
        assertProblem(post(MANAGER, "/api/v1/plans/" + planId + "/targets", Map.of("indicatorCode", "NPA-07",
                "jurisdiction", "48", "periodStartYear", YEAR - 1, "periodEndYear", YEAR, "direction", "AT_MOST",
                "targetValue", 4.5, "unit", "percent"), null).then(), 422).body("violations[0].field", equalTo("periodEndYear"));
        assertProblem(post(MANAGER, "/api/v1/plans/" + planId + "/targets", Map.of("indicatorCode", "LOCAL-1",
                "jurisdiction", "48", "periodStartYear", YEAR, "periodEndYear", YEAR, "direction", "AT_LEAST",
                "targetValue", 80, "unit", "percent"), null).then(), 422).body("violations[0].field", equalTo("name"));
        String revised = post(MANAGER, "/api/v1/plans/" + planId + "/revision", Map.of("note", "Điều chỉnh giữa năm"), issued)
                .then().statusCode(200).body("status", equalTo("REVISED")).body("revisions", equalTo(1))
                .extract().header("ETag");
        assertProblem(post(MANAGER, "/api/v1/plans/" + planId + "/revision", Map.of("note", "stale"), issued).then(), 412);
        String closed = post(MANAGER, "/api/v1/plans/" + planId + "/closure", Map.of(), revised).then().statusCode(200)
                .body("status", equalTo("CLOSED")).extract().header("ETag");
        assertProblem(post(MANAGER, "/api/v1/plans/" + planId + "/revision", Map.of("note", "late"), closed).then(), 409);
    }
}
