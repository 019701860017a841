package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.PublishedOutbox;
import vn.cps.testkit.TestTokens;

/**
 * Everything case-service has published in this test run, whatever test caused it: each record
 * is a CloudEvent of a known type that validates against its schema and carries none of the
 * personal data the tests entered.
 */
@QuarkusTest
class PublishedEventsTest {

    @jakarta.inject.Inject
    DataSource dataSource;

    /** Personal data the tests of this module enter: child and reporter names, phones, ID numbers, free text. */
    private static final List<String> SEEDED = List.of("Nguyễn", "Trần", "Hoàng Thị Mai", "Lý Thị Hoa", "Đỗ Văn Hùng",
            "Hồ Thị Thu", "Trịnh Văn Lâm", "Trinh Van Lam", "Đinh Thị Quỳnh", "Vũ Thị Nga", "Phan Thị Yến",
            "Trần Thị Bình", "0912345678", "0912 345 678", "048215000123", "vết bầm", "bạo lực", "người thân",
            "Gia đình", "Tiếp nhận", "Hàng xóm", "2016-04-02", "2015-06-01",
            "Lường Thị Ngọc", "Lường", "048221000456", "2014-03-09", "Mùa Văn Phúc");

    private static final String WORKER = CaseProcessApiTest.WORKER;
    private static final String CHAIR = CaseProcessApiTest.CHAIR;

    private static String etag(String caseId) {
        return given().header("Authorization", WORKER).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().header("ETag");
    }

    private static Response post(String bearer, String etag, String path, Object body) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().post(path);
    }

    /**
     * Steps that no other test publishes: reopening, an assessment that finds the child in groups of
     * Art. 10, declined and withdrawn referrals, a declined transfer.
     */
    private static void publishTheRarerSteps() {
        String caseId = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR,
                IntakeFixtures.report("Hoàng Thị Mai", "48", "20194")).then().statusCode(201).extract().path("caseId");
        post(CHAIR, etag(caseId), "/api/v1/cases/" + caseId + "/dismissal", Map.of("reason", "Không có dấu hiệu bạo lực"))
                .then().statusCode(200);
        post(CHAIR, etag(caseId), "/api/v1/cases/" + caseId + "/reopening", Map.of("reason", "Hàng xóm báo lại"))
                .then().statusCode(200);
        post(WORKER, etag(caseId), "/api/v1/cases/" + caseId + "/assessment", Map.of("harmSeverity", "HIGH",
                "abuserAccess", "MEDIUM", "careEnvironment", "MEDIUM", "childCapacity", "LOW", "emergencyNeeded", false,
                "childGroups", List.of("VIOLENCE_SEVERE_HARM", "DISABLED"))).then().statusCode(200);
        Map<String, Object> referral = Map.of("agencyCode", "SCHOOL-48", "reason", "Gia đình nhờ nhà trường",
                "responseDue", Instant.now().plus(Duration.ofDays(2)).toString());
        Response declined = post(WORKER, null, "/api/v1/cases/" + caseId + "/referrals", referral);
        String school = TestTokens.user("school").roles("agency-liaison").jurisdiction("48").agency("SCHOOL-48").bearer();
        post(school, declined.header("ETag"), "/api/v1/referrals/" + declined.path("id") + "/decline",
                Map.of("reason", "Không phải học sinh của trường")).then().statusCode(200);
        Response withdrawn = post(WORKER, null, "/api/v1/cases/" + caseId + "/referrals", referral);
        post(WORKER, withdrawn.header("ETag"), "/api/v1/referrals/" + withdrawn.path("id") + "/withdrawal",
                Map.of("reason", "Không cần nữa")).then().statusCode(200);
        Response transfer = post(WORKER, null, "/api/v1/cases/" + caseId + "/transfers",
                Map.of("toProvinceCode", "48", "toCommuneCode", "20500", "reason", "Gia đình chuyển đi"));
        String receiver = TestTokens.user("cw-20500").roles("case-worker").jurisdiction("20500").bearer();
        post(receiver, transfer.header("ETag"), "/api/v1/transfers/" + transfer.path("id") + "/decline",
                Map.of("reason", "Không cư trú tại xã")).then().statusCode(200);
    }

    @Test
    void everyPublishedEventMatchesItsSchemaAndCarriesNoPersonalData() {
        publishTheRarerSteps();
        EventLog.awaitRecord(Topics.CASE_EVENTS, "a transfer-declined event",
                r -> EventTypes.CASE_TRANSFER_DECLINED_V1.equals(r.header("ce_type")), Duration.ofSeconds(30));
        PublishedOutbox.await(dataSource, Duration.ofSeconds(30));
        List<EventLog.Published> all = EventLog.readToEnd(Topics.CASE_EVENTS);
        assertThat(all).extracting(r -> r.header("ce_type")).contains(EventTypes.CASE_REOPENED_V1, EventTypes.CASE_CHILD_GROUPS_RECORDED_V1,
                EventTypes.CASE_REFERRAL_DECLINED_V1, EventTypes.CASE_REFERRAL_WITHDRAWN_V1,
                EventTypes.CASE_TRANSFER_DECLINED_V1);
        for (EventLog.Published event : all) {
            String type = event.header("ce_type");
            assertThat(EventTypes.ALL).as("known type").contains(type);
            assertThat(EventSchemaAssert.violations(type, event.value())).as("schema of %s: %s", type, event.value())
                    .isEmpty();
            for (String personal : SEEDED) {
                assertThat(event.value()).as("%s carries no personal data", type).doesNotContain(personal);
            }
            assertThat(event.header("ce_source")).isEqualTo("/case-service");
            assertThat(event.header("ce_subject")).isEqualTo(event.key());
        }
        Set<String> seen = all.stream().map(r -> r.header("ce_type")).collect(Collectors.toSet());
        assertThat(seen).contains(EventTypes.CASE_INTAKE_RECORDED_V1, EventTypes.CASE_OPENED_V1,
                EventTypes.CASE_CLOSED_V1, EventTypes.CASE_REOPENED_V1, EventTypes.CASE_REFERRAL_REQUESTED_V1,
                EventTypes.CASE_REFERRAL_DECLINED_V1, EventTypes.CASE_REFERRAL_WITHDRAWN_V1,
                EventTypes.CASE_TRANSFERRED_V1, EventTypes.CASE_TRANSFER_DECLINED_V1,
                EventTypes.CASE_CHILD_GROUPS_RECORDED_V1);
        assertThat(all).filteredOn(r -> EventTypes.CASE_CHILD_GROUPS_RECORDED_V1.equals(r.header("ce_type")))
                .anyMatch(r -> r.value().contains("\"childGroups\":[\"DISABLED\",\"VIOLENCE_SEVERE_HARM\"]"));
    }

    @Test
    void theOpenApiDocumentNamesEveryEndpointItsRolesAndErrors() {
        String openapi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/intakes", "/api/v1/intakes/{id}", "/api/v1/cases", "/api/v1/cases/{id}",
                "/api/v1/cases/{id}/assessment", "/api/v1/cases/{id}/case-meeting", "/api/v1/cases/{id}/emergency-measures",
                "/api/v1/cases/{id}/plans", "/api/v1/cases/{id}/plans/{planId}/approval",
                "/api/v1/cases/{id}/plans/{planId}/actions/{actionId}/completion", "/api/v1/cases/{id}/closure",
                "/api/v1/cases/{id}/dismissal", "/api/v1/cases/{id}/reopening", "/api/v1/cases/{id}/timeline",
                "/api/v1/cases/{id}/access-log", "/api/v1/cases/{id}/referrals", "/api/v1/referrals",
                "/api/v1/referrals/{referralId}/acceptance", "/api/v1/cases/{id}/transfers", "/api/v1/transfers",
                "/api/v1/cases/{id}/match-suggestions")) {
            assertThat(openapi).as("OpenAPI documents %s", path).contains("\"" + path + "\"");
        }
        assertThat(openapi).contains("case-approver", "hotline-operator", "agency-liaison", "\"409\"", "\"412\"", "\"428\"");
    }
}
