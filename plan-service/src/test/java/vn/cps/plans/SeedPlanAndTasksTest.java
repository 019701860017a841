package vn.cps.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.plans.service.TaskService;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.PublishedOutbox;
import vn.cps.testkit.TestTokens;

/**
 * The Quảng Nam 2023 plan loaded from its seed, tracked against values, with agencies reporting on its tasks.
 * Quảng Nam (49) is part of Đà Nẵng (48) since 2025: the plan keeps 49 as recorded and lies in 48.
 */
@QuarkusTest
class SeedPlanAndTasksTest {

    static final String ADMIN = TestTokens.user("admin").roles("admin", "plan-manager").jurisdiction("VN").bearer();
    static final String DA_NANG = TestTokens.user("pm-48").roles("plan-manager").jurisdiction("48").bearer();
    static final String DOLISA = TestTokens.user("dolisa-49").roles("plan-contributor").jurisdiction("48")
            .agency("DOLISA-49").bearer();
    static final String DOET = TestTokens.user("doet-49").roles("plan-contributor").jurisdiction("48")
            .agency("DOET-49").bearer();
    static final String POLICE = TestTokens.user("police-49").roles("plan-contributor").jurisdiction("48")
            .agency("POLICE-49").bearer();

    @Inject
    TaskService tasks;

    @Inject
    DataSource dataSource;

    private static String planId;

    private static synchronized String quangNam() {
        if (planId == null) {
            planId = given().header("Authorization", ADMIN).when().post("/api/v1/plan-imports/quang-nam-2023")
                    .then().statusCode(201).body("number", equalTo("1297/KH-UBND")).body("status", equalTo("ISSUED"))
                    .body("issueDate", equalTo("2023-03-10")).body("recordedJurisdiction", equalTo("49"))
                    .body("jurisdiction", equalTo("48")).body("jurisdictionName", equalTo("Thành phố Đà Nẵng"))
                    .extract().path("id");
        }
        return planId;
    }

    @Test
    void theQuangNamPlanIsLoadedOnceWithItsTargetsAndTasks() {
        String id = quangNam();
        given().header("Authorization", ADMIN).when().get("/api/v1/plans/" + id + "/targets").then().statusCode(200)
                .body("size()", equalTo(3)).body("indicatorCode", hasItem("NPA-06"));
        given().header("Authorization", ADMIN).when().get("/api/v1/plans/" + id + "/tasks").then().statusCode(200)
                .body("size()", equalTo(5)).body("leadAgency", hasItem("DOLISA-49"));
        assertProblem(given().header("Authorization", ADMIN).when().post("/api/v1/plan-imports/quang-nam-2023").then(), 409);
        assertProblem(given().header("Authorization", ADMIN).when().post("/api/v1/plan-imports/nowhere").then(), 404);
        String provincial = TestTokens.user("pm-48").roles("plan-manager").jurisdiction("48").bearer();
        assertProblem(given().header("Authorization", provincial).when().post("/api/v1/plan-imports/quang-nam-2023")
                .then(), 422);
    }

    @Test
    void theBacNinhWomensUnionPlanIsLoadedWithTheDocumentItImplements() {
        String id = given().header("Authorization", ADMIN).when().post("/api/v1/plan-imports/bac-ninh-women-union-2023")
                .then().statusCode(201).body("recordedJurisdiction", equalTo("27")).body("jurisdiction", equalTo("24"))
                .body("implementsDocument", org.hamcrest.Matchers.startsWith("69/KH-UBND")).extract().path("id");
        given().header("Authorization", ADMIN).when().get("/api/v1/plans/" + id + "/tasks").then().statusCode(200)
                .body("size()", equalTo(5)).body("leadAgency", org.hamcrest.Matchers.everyItem(equalTo("WOMEN-UNION-27")));
    }

    @Test
    void theMolisaTemplateIsAdoptedOncePerJurisdictionWithThatProvincesAgencies() {
        String imports = "/api/v1/plan-imports/molisa-1506-2018";
        String id = given().header("Authorization", DA_NANG).queryParam("jurisdiction", "48").when().post(imports)
                .then().statusCode(201).body("jurisdiction", equalTo("48")).body("recordedJurisdiction", equalTo("48"))
                .body("status", equalTo("ISSUED")).extract().path("id");
        given().header("Authorization", DA_NANG).when().get("/api/v1/plans/" + id + "/tasks").then().statusCode(200)
                .body("size()", equalTo(6)).body("leadAgency", hasItem("DOLISA-48")).body("leadAgency", hasItem("POLICE-48"));
        assertProblem(given().header("Authorization", DA_NANG).queryParam("jurisdiction", "48").when().post(imports).then(), 409);
        assertProblem(given().header("Authorization", DA_NANG).when().post(imports).then(), 422);
        assertProblem(given().header("Authorization", DA_NANG).queryParam("jurisdiction", "79").when().post(imports).then(), 422)
                .body("violations[0].message", equalTo("lies outside your jurisdiction"));
        assertProblem(given().header("Authorization", DA_NANG).queryParam("jurisdiction", "49").when().post(imports).then(), 422)
                .body("violations[0].message", equalTo("province 49 no longer exists since 2025-07-01; it became part of 48 "
                        + "(Thành phố Đà Nẵng)"));
        given().header("Authorization", ADMIN).queryParam("jurisdiction", "79").when().post(imports).then().statusCode(201)
                .body("jurisdiction", equalTo("79"));
        assertProblem(given().header("Authorization", ADMIN).queryParam("jurisdiction", "48").when()
                .post("/api/v1/plan-imports/quang-nam-2023").then(), 422);
    }

    @Test
    void theBinhPhuocInspectionIsImportedOnceAndLiesInDongNai() {
        String imports = "/api/v1/inspection-imports/binh-phuoc-2023";
        String id = given().header("Authorization", ADMIN).when().post(imports).then().statusCode(201)
                .body("recordedJurisdiction", equalTo("70")).body("jurisdiction", equalTo("75"))
                .body("jurisdictionName", equalTo("Tỉnh Đồng Nai")).body("documentReference", equalTo("174/BC-SLĐTBXH"))
                .extract().path("id");
        List<String> agencies = given().header("Authorization", ADMIN).when()
                .get("/api/v1/inspections/" + id + "/recommendations").then().statusCode(200).extract().path("agencyCode");
        assertThat(agencies).hasSize(8).containsOnly("PROVINCIAL-DEPARTMENTS-70", "DOH-70", "DISTRICT-PEOPLES-COMMITTEES-70");
        String dongNai = TestTokens.user("pm-75").roles("plan-manager").jurisdiction("75").bearer();
        given().header("Authorization", dongNai).when().get("/api/v1/inspections").then().statusCode(200)
                .body("id", hasItem(id));
        assertProblem(given().header("Authorization", ADMIN).when().post(imports).then(), 409);
        assertProblem(given().header("Authorization", ADMIN).when().post("/api/v1/inspection-imports/nowhere").then(), 404);
        String provincialAdmin = TestTokens.user("admin-75").roles("admin").jurisdiction("75").bearer();
        assertProblem(given().header("Authorization", provincialAdmin).when().post(imports).then(), 422);
    }

    @Test
    void daNangsPlanManagerActsOnTheQuangNamPlanAndItsTargetsReadAsMissed() {
        String id = quangNam();
        given().header("Authorization", DA_NANG).when().get("/api/v1/plans/" + id).then().statusCode(200);
        assertProblem(given().header("Authorization", DA_NANG).contentType(ContentType.JSON)
                .body(Map.of("indicatorCode", "NPA-06", "jurisdiction", "49", "year", 2023, "value", 95))
                .when().post("/api/v1/indicator-values").then(), 422)
                .body("violations[0].message", equalTo("province 49 no longer exists since 2025-07-01; it became part of 48 "
                        + "(Thành phố Đà Nẵng)"));
        for (var value : Map.of("NPA-06", 95, "QN23-02", 60).entrySet()) {
            given().header("Authorization", DA_NANG).contentType(ContentType.JSON)
                    .body(Map.of("indicatorCode", value.getKey(), "jurisdiction", "48", "year", 2023, "value", value.getValue()))
                    .when().post("/api/v1/indicator-values").then().statusCode(201);
        }
        JsonPath targets = given().header("Authorization", DA_NANG).when().get("/api/v1/plans/" + id + "/targets")
                .then().statusCode(200).extract().jsonPath();
        assertThat(targets.getString("find { it.indicatorCode == 'NPA-06' }.status")).isEqualTo("MISSED");
        assertThat(targets.getString("find { it.indicatorCode == 'QN23-02' }.status")).isEqualTo("MISSED");
        assertThat(targets.getString("find { it.indicatorCode == 'QN23-03' }.status")).isEqualTo("NO_DATA");

        for (String indicator : List.of("NPA-06", "QN23-02")) {
            EventLog.Published missed = EventLog.awaitRecord(Topics.PLAN_EVENTS, "target-missed of " + indicator + " of plan " + id,
                    r -> id.equals(r.key()) && EventTypes.PLAN_TARGET_MISSED_V1.equals(r.header("ce_type"))
                            && r.value().contains("\"indicatorCode\":\"" + indicator + "\""), Duration.ofSeconds(30));
            assertThat(missed.value()).contains("\"jurisdiction\":\"48\"");
            assertThat(EventSchemaAssert.violations(EventTypes.PLAN_TARGET_MISSED_V1, missed.value())).isEmpty();
        }
    }

    @Test
    void agenciesReportOnTheirTasksAndLateTasksAreAnnouncedOnce() {
        String id = quangNam();
        List<Map<String, Object>> all = given().header("Authorization", ADMIN).when().get("/api/v1/plans/" + id + "/tasks")
                .then().extract().path("$");
        String drowning = all.stream().filter(t -> ((String) t.get("title")).contains("đuối nước"))
                .map(t -> (String) t.get("id")).findFirst().orElseThrow();
        given().header("Authorization", DOET).contentType(ContentType.JSON)
                .body(Map.of("text", "Đã góp ý dự thảo kế hoạch liên ngành", "done", false))
                .when().post("/api/v1/tasks/" + drowning + "/progress").then().statusCode(201)
                .body("agencyCode", equalTo("DOET-49"));
        assertProblem(given().header("Authorization", POLICE).contentType(ContentType.JSON)
                .body(Map.of("text", "x", "done", false)).when().post("/api/v1/tasks/" + drowning + "/progress").then(), 404);
        given().header("Authorization", DOLISA).contentType(ContentType.JSON)
                .body(Map.of("text", "Kế hoạch liên ngành đã ban hành", "done", true))
                .when().post("/api/v1/tasks/" + drowning + "/progress").then().statusCode(201);
        assertProblem(given().header("Authorization", DOLISA).contentType(ContentType.JSON)
                .body(Map.of("text", "again", "done", true)).when().post("/api/v1/tasks/" + drowning + "/progress").then(), 409);

        List<String> late = given().header("Authorization", DOLISA).when().get("/api/v1/tasks?overdue=true").then()
                .statusCode(200).extract().path("id");
        assertThat(late).hasSize(4).doesNotContain(drowning);

        tasks.scanOverdue();
        tasks.scanOverdue();
        PublishedOutbox.await(dataSource, Duration.ofSeconds(30));
        List<EventLog.Published> overdue = EventLog.readToEnd(Topics.PLAN_EVENTS).stream().filter(r -> id.equals(r.key()))
                .filter(r -> EventTypes.PLAN_TASK_OVERDUE_V1.equals(r.header("ce_type"))).toList();
        assertThat(overdue).hasSize(4);
        overdue.forEach(e -> assertThat(EventSchemaAssert.violations(e.header("ce_type"), e.value())).isEmpty());
        assertProblem(given().header("Authorization", TestTokens.user("x").roles("plan-contributor").jurisdiction("49")
                .bearer()).when().get("/api/v1/tasks").then(), 422);
    }
}
