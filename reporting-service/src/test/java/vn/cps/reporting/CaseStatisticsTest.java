package vn.cps.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.testkit.CaseEventsFixture;
import vn.cps.testkit.TestTokens;

@QuarkusTest
class CaseStatisticsTest {

    static final String NATIONAL_SUPERVISOR = TestTokens.user("sup-vn").roles("case-supervisor").jurisdiction("VN").bearer();

    private static JsonPath statistics(String bearer, String from, String to, String groupBy) {
        return given().header("Authorization", bearer)
                .queryParam("from", from).queryParam("to", to).queryParam("groupBy", groupBy)
                .when().get("/api/v1/statistics/cases").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Integer> rows(JsonPath answer) {
        List<Map<String, Object>> rows = answer.getList("rows");
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("key"), r -> ((Number) r.get("count")).intValue()));
    }

    /** 08:00 in Vietnam on the given date. */
    private static Instant morningOf(String date) {
        return Instant.parse(date + "T01:00:00Z");
    }

    @Test
    void casesAreCountedByProvinceHarmTypeAndSex() {
        Instant day = morningOf("2025-03-03");
        CaseEventsFixture.publish(CaseEventsFixture.caseOpened("48", "20209", "FEMALE", List.of("VIOLENCE", "NEGLECT"), day));
        CaseEventsFixture.publish(CaseEventsFixture.caseOpened("48", "20242", "MALE", List.of("VIOLENCE"), day));
        CaseEventsFixture.publish(CaseEventsFixture.caseOpened("79", "25747", "FEMALE", List.of("SEXUAL_ABUSE"), day));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statistics(NATIONAL_SUPERVISOR, "2025-03-03", "2025-03-03", "province").getLong("total") == 3);

        assertThat(rows(statistics(NATIONAL_SUPERVISOR, "2025-03-03", "2025-03-03", "province")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("48", 2, "79", 1));
        assertThat(rows(statistics(NATIONAL_SUPERVISOR, "2025-03-03", "2025-03-03", "harmType")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("VIOLENCE", 2, "NEGLECT", 1, "SEXUAL_ABUSE", 1));
        assertThat(rows(statistics(NATIONAL_SUPERVISOR, "2025-03-03", "2025-03-03", "sex")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("FEMALE", 2, "MALE", 1));
        assertThat(statistics(NATIONAL_SUPERVISOR, "2025-03-04", "2025-03-31", "province").getLong("total")).isZero();
    }

    @Test
    void aProvincialSupervisorCountsOnlyTheirProvince() {
        Instant day = morningOf("2025-04-07");
        CaseEventsFixture.publish(CaseEventsFixture.caseOpened("48", "20209", "FEMALE", List.of("VIOLENCE"), day));
        CaseEventsFixture.publish(CaseEventsFixture.caseOpened("79", "25747", "MALE", List.of("VIOLENCE"), day));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statistics(NATIONAL_SUPERVISOR, "2025-04-07", "2025-04-07", "province").getLong("total") == 2);
        String danang = TestTokens.user("sup-48").roles("case-supervisor").jurisdiction("48").bearer();
        JsonPath answer = statistics(danang, "2025-04-07", "2025-04-07", "province");
        assertThat(rows(answer)).containsExactlyInAnyOrderEntriesOf(Map.of("48", 1));
        assertThat(answer.getLong("total")).isEqualTo(1);
    }

    @Test
    void theDateOfReceiptIsVietnamsDate() {
        // 18:30 UTC on 5 May is 01:30 on 6 May in Vietnam
        CaseEventsFixture.publish(CaseEventsFixture.caseOpened("48", "20209", "MALE", List.of("DROWNING"),
                Instant.parse("2025-05-05T18:30:00Z")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statistics(NATIONAL_SUPERVISOR, "2025-05-06", "2025-05-06", "province").getLong("total") == 1);
        assertThat(statistics(NATIONAL_SUPERVISOR, "2025-05-05", "2025-05-05", "province").getLong("total")).isZero();
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        Instant day = morningOf("2025-06-02");
        CaseOpenedV1 event = CaseEventsFixture.caseOpened("48", "20209", "FEMALE", List.of("TRAFFICKING"), day);
        String eventId = UUID.randomUUID().toString();
        CaseEventsFixture.publish(event, eventId);
        CaseEventsFixture.publish(event, eventId);
        CaseEventsFixture.publish(CaseEventsFixture.caseOpened("48", "20209", "MALE", List.of("OTHER"), day));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows(statistics(NATIONAL_SUPERVISOR, "2025-06-02", "2025-06-02", "harmType")).containsKey("OTHER"));
        assertThat(statistics(NATIONAL_SUPERVISOR, "2025-06-02", "2025-06-02", "province").getLong("total")).isEqualTo(2);
    }

    @Test
    void withoutATokenOrWithTheWrongRoleStatisticsAreClosed() {
        String query = "/api/v1/statistics/cases?from=2025-01-01&to=2025-01-31&groupBy=province";
        assertProblem(given().when().get(query).then(), 401);
        String worker = TestTokens.user("cw").roles("case-worker").jurisdiction("20209").bearer();
        assertProblem(given().header("Authorization", worker).when().get(query).then(), 403);
    }

    @Test
    void badQueriesAreProblems() {
        assertProblem(given().header("Authorization", NATIONAL_SUPERVISOR).when()
                .get("/api/v1/statistics/cases?to=2025-01-31&groupBy=province").then(), 400)
                .body("violations.field", hasItem("from"));
        assertProblem(given().header("Authorization", NATIONAL_SUPERVISOR).when()
                .get("/api/v1/statistics/cases?from=2025-01-01&to=2025-01-31&groupBy=colour").then(), 400)
                .body("violations.field", hasItem("groupBy"));
        assertProblem(given().header("Authorization", NATIONAL_SUPERVISOR).when()
                .get("/api/v1/statistics/cases?from=2025-02-01&to=2025-01-01&groupBy=sex").then(), 422);
        assertProblem(given().header("Authorization", NATIONAL_SUPERVISOR).when()
                .get("/api/v1/statistics/cases?from=2025-02-30&to=2025-03-01&groupBy=sex").then(), 422);
    }
}
