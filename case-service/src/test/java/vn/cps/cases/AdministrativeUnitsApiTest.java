package vn.cps.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.cps.cases.IntakeFixtures.OPERATOR;
import static vn.cps.cases.IntakeFixtures.postIntake;
import static vn.cps.cases.IntakeFixtures.report;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every commune written is a current one, named where a person reads, and the units API for clients. */
@QuarkusTest
class AdministrativeUnitsApiTest {

    private static final String UNITS = "/api/v1/administrative-units";

    @Test
    void an_intake_for_an_abolished_or_misplaced_commune_is_refused_naming_what_it_became() {
        long before = count();
        assertProblem(postIntake(OPERATOR, report("A", "48", "20230")).then(), 422)
                .body("violations[0].field", equalTo("location.communeCode"))
                .body("violations[0].message", equalTo("commune 20230 (Phường Thuận Phước) no longer exists since "
                        + "2025-07-01; it became part of 20242 (Phường Hải Châu)"));
        assertProblem(postIntake(OPERATOR, report("A", "01", "00019")).then(), 422)
                .body("violations[0].message", equalTo("commune 00019 (Phường Điện Biên) no longer exists since 2025-07-01; "
                        + "it was divided between 00004 (Phường Ba Đình), 00070 (Phường Hoàn Kiếm), 00190 (Phường Ô Chợ Dừa), "
                        + "00226 (Phường Văn Miếu - Quốc Tử Giám)"));
        assertProblem(postIntake(OPERATOR, report("A", "79", "20194")).then(), 422)
                .body("violations[0].message", equalTo("commune 20194 (Phường Hải Vân) lies in province 48 "
                        + "(Thành phố Đà Nẵng), not in 79 (Thành phố Hồ Chí Minh)"));
        assertProblem(postIntake(OPERATOR, report("A", "49", "20335")).then(), 422)
                .body("violations[0].message", equalTo("commune 20335 (Phường Bàn Thạch) lies in province 48 "
                        + "(Thành phố Đà Nẵng), not in 49"));
        assertThat(count()).as("nothing written").isEqualTo(before);
    }

    @Test
    void the_commune_alone_places_an_intake_and_views_carry_the_names() {
        Map<String, Object> body = new HashMap<>(report("Phạm Thị Hoa", "48", "20200"));
        body.put("location", Map.of("communeCode", "20200"));
        String caseId = postIntake(OPERATOR, body).then().statusCode(201).extract().path("caseId");
        given().header("Authorization", OPERATOR).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("provinceCode", equalTo("48")).body("provinceName", equalTo("Thành phố Đà Nẵng"))
                .body("communeCode", equalTo("20200")).body("communeName", equalTo("Phường Hòa Khánh"));
    }

    @Test
    void provinces_and_their_communes_page_by_code() {
        given().header("Authorization", OPERATOR).queryParam("limit", 20).when().get(UNITS + "/provinces").then()
                .statusCode(200).header("Cache-Control", equalTo("max-age=86400, private"))
                .body("items", hasSize(20)).body("items[0].code", equalTo("01")).body("items[0].fullName", equalTo("Thành phố Hà Nội"))
                .body("nextCursor", equalTo("46"));
        given().header("Authorization", OPERATOR).queryParam("limit", 20).queryParam("cursor", "46").when()
                .get(UNITS + "/provinces").then().statusCode(200).body("items", hasSize(14))
                .body("items[0].code", equalTo("48")).body("items[0].communes", equalTo(94)).body("nextCursor", nullValue());
        List<String> codes = given().header("Authorization", OPERATOR).queryParam("limit", 200).when()
                .get(UNITS + "/provinces/48/communes").then().statusCode(200).body("nextCursor", nullValue())
                .extract().path("items.code");
        assertThat(codes).hasSize(94).contains("20194", "20200", "20333").isSorted();
        assertProblem(given().header("Authorization", OPERATOR).when().get(UNITS + "/provinces/49/communes").then(), 404);
        assertProblem(given().header("Authorization", OPERATOR).queryParam("limit", 0).when().get(UNITS + "/provinces").then(), 400);
        given().when().get(UNITS + "/provinces").then().statusCode(401);
    }

    @Test
    void names_are_searched_without_diacritics_and_old_codes_say_what_they_became() {
        given().header("Authorization", OPERATOR).queryParam("name", "hoa khanh").queryParam("province", "48").when()
                .get(UNITS + "/communes").then().statusCode(200)
                .body("items.code", contains("20200")).body("items[0].fullName", equalTo("Phường Hòa Khánh"));
        given().header("Authorization", OPERATOR).queryParam("name", "Phường Hoà Khánh").when()
                .get(UNITS + "/communes").then().statusCode(200).body("items.code", contains("20200"));
        given().header("Authorization", OPERATOR).when().get(UNITS + "/communes/20194").then().statusCode(200)
                .body("inForce", equalTo(true)).body("fullName", equalTo("Phường Hải Vân")).body("provinceName", equalTo("Thành phố Đà Nẵng"));
        given().header("Authorization", OPERATOR).when().get(UNITS + "/communes/20230").then().statusCode(200)
                .body("inForce", equalTo(false)).body("fullName", equalTo("Phường Thuận Phước"))
                .body("successors.code", contains("20242"));
        given().header("Authorization", OPERATOR).when().get(UNITS + "/communes/00019").then().statusCode(200)
                .body("successors.code", contains("00004", "00070", "00190", "00226"));
        assertProblem(given().header("Authorization", OPERATOR).when().get(UNITS + "/communes/99999").then(), 404);
        assertProblem(given().header("Authorization", OPERATOR).when().get(UNITS + "/communes").then(), 400);
        assertProblem(given().header("Authorization", OPERATOR).queryParam("name", "a").queryParam("province", "49").when()
                .get(UNITS + "/communes").then(), 422);
    }

    @Inject
    EntityManager entityManager;

    private long count() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM intake").getSingleResult()).longValue();
    }
}
