package vn.cps.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
