package vn.cps.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cps.plans.persistence.IndicatorRepository;
import vn.cps.plans.persistence.IndicatorRepository.IndicatorRecord;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class IndicatorCatalogueTest {

    static final String PLAN_MANAGER = TestTokens.user("pm-48").roles("plan-manager").jurisdiction("48").bearer();

    private static JsonPath list(String query) {
        return given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theShippedCatalogueIsServedInCodeOrder() {
        List<String> codes = list("?limit=200").getList("items.code");
        assertThat(codes).contains("II-0101", "I-0605", "NPA-07").isSorted();
        given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators/II-0101").then().statusCode(200)
                .body("set", equalTo("II")).body("officialCode", equalTo("0101"))
                .body("group", equalTo("Tình hình xâm hại trẻ em"))
                .body("nameVi", equalTo("Số trẻ em bị xâm hại"))
                .body("disaggregation", hasItem("Giới tính"));
    }

    @Test
    void everyIndicatorOfTheCircularReferenceIsListedAndNoCodeIsInvented() {
        List<java.util.Map<String, Object>> circular = list("?catalogue=CIRCULAR_13_2021&limit=200").getList("items");
        assertThat(circular).hasSize(15);
        assertThat(circular.stream().filter(i -> i.get("officialCode") != null).map(i -> i.get("code")))
                .containsExactlyInAnyOrder("I-0605", "II-0101");
        assertThat(list("?set=I&limit=200").getList("items.code", String.class)).hasSize(14).allMatch(c -> c.startsWith("I-"));
        given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators/I-0605").then().statusCode(200)
                .body("publicationPeriod", equalTo("Năm")).body("nameEn", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theIndicatorsComputedFromCasesSayHowTheyAreMeasured() {
        List<java.util.Map<String, Object>> computed = list("?set=CASE&limit=200").getList("items");
        assertThat(computed).extracting(i -> i.get("code")).containsExactly("CASE-01", "CASE-02", "CASE-03", "CASE-04",
                "CASE-05", "CASE-06", "CASE-07", "CASE-08", "CASE-09", "CASE-10", "CASE-11");
        assertThat(computed).allSatisfy(i -> {
            assertThat(i.get("officialCode")).as("no official code is claimed for %s", i.get("code")).isNull();
            assertThat((String) i.get("measurement")).as("definition of %s", i.get("code")).isNotBlank();
        });
        given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators/CASE-11").then().statusCode(200)
                .body("numeratorCode", equalTo("CASE-01")).body("denominatorCode", equalTo("I-X01"));
        for (String measured : List.of("II-0101", "NPA-06")) {
            given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators/" + measured).then()
                    .statusCode(200).body("measurement", org.hamcrest.Matchers.containsString("Per commune, province"));
        }
        given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators/I-X07").then().statusCode(200)
                .body("measurement", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theCatalogueIsSearchedWithoutDiacritics() {
        assertThat(list("?q=tre em bi xam hai&set=II").getList("items.code", String.class)).containsExactly("II-0101");
        assertThat(list("?q=HOÀN CẢNH ĐẶC BIỆT&set=I").getList("items.code", String.class)).containsExactly("I-X07", "I-X08");
        assertThat(list("?group=suc khoe, dinh duong").getList("items.code", String.class))
                .containsExactly("I-X04", "I-X05", "I-X06");
        assertThat(list("?q=no such words").getList("items")).isEmpty();
    }

    @Test
    void pagesFollowTheCursorAndFiltersApply() {
        List<String> all = list("?limit=200").getList("items.code");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = list("?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            paged.addAll(page.getList("items.code"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(list("?set=NPA&limit=200").getList("items.set", String.class)).hasSize(9).containsOnly("NPA");
    }

    @Inject
    IndicatorRepository repository;

    private static Map<String, Object> entry(String catalogue, String set, String officialCode, String calculation) {
        Map<String, Object> e = new HashMap<>();
        e.put("catalogue", catalogue);
        e.put("set", set);
        e.put("officialCode", officialCode);
        e.put("group", "Mục tiêu của Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 (QĐ 23/QĐ-TTg)");
        e.put("nameVi", "Tỷ lệ xã, phường, thị trấn có điểm vui chơi dành cho trẻ em");
        e.put("unit", "percent");
        e.put("calculation", calculation);
        e.put("disaggregation", List.of("province"));
        return e;
    }

    private static io.restassured.response.Response put(String bearer, String code, Object body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body).when()
                .put("/api/v1/admin/indicators/" + code);
    }

    @Test
    void aNationalAdministratorCompletesAnEntryTheChangeIsKeptAndTheShippedFileNoLongerOverwritesIt() {
        String admin = TestTokens.user("admin-catalogue").roles("admin").jurisdiction("VN").bearer();
        String calculation = "Xã, phường có ít nhất một điểm vui chơi cho trẻ em / tổng số xã, phường × 100";
        put(admin, "NPA-09", entry("NPA_2021_2030", "NPA", null, calculation)).then().statusCode(200)
                .body("calculation", equalTo(calculation)).body("leadAgency", org.hamcrest.Matchers.nullValue());
        List<Map<String, Object>> changes = given().header("Authorization", admin).when()
                .get("/api/v1/admin/indicators/NPA-09/changes").then().statusCode(200).extract().path("$");
        assertThat(changes).hasSize(1);
        String subject = new io.restassured.path.json.JsonPath(new String(java.util.Base64.getUrlDecoder()
                .decode(admin.substring("Bearer ".length()).split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8))
                .getString("sub");
        assertThat(changes.get(0)).containsEntry("changedBy", subject);
        assertThat((String) changes.get(0).get("before")).contains("MOCST");
        assertThat((String) changes.get(0).get("after")).contains(calculation);

        // what the start does with the shipped file: the edited entry stays as the administrator wrote it
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> repository.upsert(new IndicatorRecord("NPA-09",
                "NPA_2021_2030", "NPA", null, "g", "n", null, null, "shipped text", List.of(), null, null, null, List.of(), null,
                null, null)));
        given().header("Authorization", admin).when().get("/api/v1/indicators/NPA-09").then().statusCode(200)
                .body("calculation", equalTo(calculation));
    }

    @Test
    void keysFitTheirSetAndCodeAndOnlyNationalAdministratorsWrite() {
        String admin = TestTokens.user("admin-catalogue").roles("admin").jurisdiction("VN").bearer();
        assertProblem(put(admin, "II-0101", entry("CIRCULAR_13_2021", "II", "0102", "x")).then(), 422)
                .body("violations[0].message", equalTo("the key of an indicator with an official code is II-0102"));
        assertProblem(put(admin, "I-X99", entry("CIRCULAR_13_2021", "I", null, "x")).then(), 422);
        assertProblem(put(admin, "NPA-01", entry("CIRCULAR_13_2021", "NPA", null, "x")).then(), 422);
        assertProblem(put(admin, "II-0101", entry("CIRCULAR_13_2021", "I", "0101", "x")).then(), 422);
        String provincial = TestTokens.user("admin-48").roles("admin").jurisdiction("48").bearer();
        assertProblem(put(provincial, "NPA-01", entry("NPA_2021_2030", "NPA", null, "x")).then(), 422);
        assertProblem(put(PLAN_MANAGER, "NPA-01", entry("NPA_2021_2030", "NPA", null, "x")).then(), 403);
        assertProblem(put(admin, "NPA-01", Map.of("set", "NPA")).then(), 400);
        assertProblem(given().header("Authorization", admin).when().get("/api/v1/admin/indicators/NOPE-1/changes").then(), 404);
        given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators/NPA-01").then().statusCode(200)
                .body("calculation", org.hamcrest.Matchers.not(equalTo("x")));
    }

    @Test
    void unknownCodesAreNotFound() {
        assertProblem(given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators/9999").then(), 404);
    }

    @Test
    void withoutATokenOrWithTheWrongRoleTheCatalogueIsClosed() {
        assertProblem(given().when().get("/api/v1/indicators").then(), 401);
        String operator = TestTokens.user("op").roles("hotline-operator").jurisdiction("VN").bearer();
        assertProblem(given().header("Authorization", operator).when().get("/api/v1/indicators").then(), 403);
    }

    @Test
    void badParametersAreProblems() {
        assertProblem(given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators?limit=500").then(), 400)
                .body("violations.field", hasItem("limit"));
        assertProblem(given().header("Authorization", PLAN_MANAGER).when().get("/api/v1/indicators?set=VII").then(), 400)
                .body("violations.field", hasItem("set"));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body(containsString("Kafka"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/indicators"));
    }
}
