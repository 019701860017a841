package vn.cps.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.TestTokens;

/** Recommendations of an inspection assigned to agencies and followed up, as in the Bình Phước letter. */
@QuarkusTest
class InspectionApiTest {

    static final String MANAGER = TestTokens.user("pm-70").roles("plan-manager").jurisdiction("80").bearer();
    static final String DOH = TestTokens.user("doh-80").roles("plan-contributor").jurisdiction("80").agency("DOH-80").bearer();
    static final String DOET = TestTokens.user("doet-80").roles("plan-contributor").jurisdiction("80").agency("DOET-80").bearer();

    @Test
    void recommendationsAreAssignedToAgenciesAndResolvedOnce() {
        String inspectionId = given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("title", "Kiểm tra việc thực hiện quyền trẻ em và phòng, chống xâm hại trẻ em",
                        "inspectingAuthority", "Bộ Lao động - Thương binh và Xã hội", "jurisdiction", "80",
                        "conductedOn", "2023-05-10", "documentReference", "1520/LĐTBXH-TE"))
                .when().post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        String recommendationId = given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("text", "Bố trí người làm công tác bảo vệ trẻ em cấp xã", "agencyCode", "DOH-80",
                        "dueDate", "2023-12-31"))
                .when().post("/api/v1/inspections/" + inspectionId + "/recommendations").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");

        List<String> open = given().header("Authorization", DOH).when().get("/api/v1/recommendations").then()
                .statusCode(200).extract().path("id");
        assertThat(open).contains(recommendationId);
        assertThat(given().header("Authorization", DOET).when().get("/api/v1/recommendations").then()
                .extract().<List<String>>path("id")).doesNotContain(recommendationId);
        assertProblem(given().header("Authorization", DOET).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("resolution", "x")).when().post("/api/v1/recommendations/" + recommendationId + "/resolution")
                .then(), 404);
        assertProblem(given().header("Authorization", DOH).contentType(ContentType.JSON)
                .body(Map.of("resolution", "no version")).when().post("/api/v1/recommendations/" + recommendationId
                        + "/resolution").then(), 428);
        String resolved = given().header("Authorization", DOH).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("resolution", "Đã bố trí công chức văn hóa - xã hội kiêm nhiệm"))
                .when().post("/api/v1/recommendations/" + recommendationId + "/resolution").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).extract().header("ETag");
        assertProblem(given().header("Authorization", DOH).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("resolution", "stale")).when().post("/api/v1/recommendations/" + recommendationId
                        + "/resolution").then(), 412);
        assertProblem(given().header("Authorization", DOH).header("If-Match", resolved).contentType(ContentType.JSON)
                .body(Map.of("resolution", "again")).when().post("/api/v1/recommendations/" + recommendationId
                        + "/resolution").then(), 409);

        List<EventLog.Published> events = EventLog.awaitThrough(Topics.PLAN_EVENTS,
                "recommendation-resolved of inspection " + inspectionId, r -> inspectionId.equals(r.key())
                        && EventTypes.PLAN_RECOMMENDATION_RESOLVED_V1.equals(r.header("ce_type")),
                Duration.ofSeconds(30));
        List<EventLog.Published> mine = events.stream().filter(r -> inspectionId.equals(r.key())).toList();
        assertThat(mine).extracting(r -> r.header("ce_type")).containsExactly(
                EventTypes.PLAN_RECOMMENDATION_ISSUED_V1, EventTypes.PLAN_RECOMMENDATION_RESOLVED_V1);
        mine.forEach(e -> assertThat(EventSchemaAssert.violations(e.header("ce_type"), e.value())).isEmpty());
    }

    @Test
    void inspectionsKeepToTheirJurisdiction() {
        String otherProvince = TestTokens.user("pm-48").roles("plan-manager").jurisdiction("48").bearer();
        assertProblem(given().header("Authorization", otherProvince).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "inspectingAuthority", "y", "jurisdiction", "80", "conductedOn", "2023-05-10"))
                .when().post("/api/v1/inspections").then(), 422);
        assertProblem(given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "inspectingAuthority", "y", "jurisdiction", "80", "conductedOn", "2999-01-01"))
                .when().post("/api/v1/inspections").then(), 422).body("violations[0].field", equalTo("conductedOn"));
        assertProblem(given().header("Authorization", DOH).when().get("/api/v1/inspections").then(), 403);
    }
}
