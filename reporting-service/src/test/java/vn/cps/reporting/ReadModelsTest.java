package vn.cps.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import vn.cps.testkit.TestTokens;

/** The read models follow each case through its events: outcomes, deadlines, referrals, closure. */
@QuarkusTest
class ReadModelsTest {

    static final String SUPERVISOR = TestTokens.user("sup-vn").roles("case-supervisor").jurisdiction("VN").bearer();

    static JsonPath get(String path) {
        return given().header("Authorization", SUPERVISOR).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Integer> rows(JsonPath answer, String period) {
        List<Map<String, Object>> rows = answer.getList("rows");
        return rows.stream().filter(r -> period == null || period.equals(r.get("period")))
                .collect(Collectors.toMap(r -> (String) r.get("key"), r -> ((Number) r.get("count")).intValue()));
    }

    private static Map<String, Object> deadline(String path, String deadline) {
        List<Map<String, Object>> all = get(path).getList("");
        return all.stream().filter(d -> deadline.equals(d.get("deadline"))).findFirst().orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    private static int count(Map<String, Object> compliance, String key) {
        Map<String, Object> counts = (Map<String, Object>) compliance.getOrDefault("counts", Map.of());
        Map<String, Object> cell = (Map<String, Object>) counts.get(key);
        return cell == null ? 0 : ((Number) cell.get("count")).intValue();
    }

    @Test
    void eachCaseMovesFromPendingToMetOrMissedAndFromOpenToClosed() {
        Events.Case a = Events.Case.at("48", "20209", Events.morningOf("2019-03-04"));
        Events.Case b = Events.Case.at("48", "20242", Events.morningOf("2019-03-05"));
        Events.Case c = Events.Case.at("48", "20209", Events.morningOf("2019-03-06"));
        Events.open(a, "FEMALE", List.of("SEXUAL_ABUSE"));
        Events.measure(a, true);
        Events.planApproved(a, false);
        Events.closed(a, "CLOSED", Duration.ofDays(20));
        Events.open(b, "MALE", List.of("VIOLENCE"));
        Events.assessed(b, false);
        Events.deadlineMissed(b, "SUPPORT_PLAN");
        Events.open(c, "MALE", List.of("NEGLECT"));
        Events.deadlineMissed(c, "EMERGENCY_MEASURES");
        Events.closed(c, "NOT_SUBSTANTIATED", Duration.ofDays(5));

        String outcome = "/api/v1/statistics/cases?from=2019-03-01&to=2019-03-31&groupBy=outcome";
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(get(outcome), null)
                .equals(Map.of("CLOSED", 1, "OPEN", 1, "NOT_SUBSTANTIATED", 1)));

        String deadlines = "/api/v1/statistics/deadlines?from=2019-03-01&to=2019-03-31";
        await().atMost(Duration.ofSeconds(30)).until(() -> count(deadline(deadlines, "PLAN"), "MISSED") == 2);
        Map<String, Object> emergency = deadline(deadlines, "EMERGENCY");
        assertThat(count(emergency, "MET")).isEqualTo(1);
        assertThat(count(emergency, "MISSED")).isEqualTo(1);
        assertThat(count(emergency, "NOT_APPLICABLE")).isEqualTo(1);
        assertThat(emergency.get("metPercent")).isEqualTo(50.0f);
        Map<String, Object> plan = deadline(deadlines, "PLAN");
        assertThat(count(plan, "NOT_APPLICABLE")).as("a dismissed case owes no plan").isEqualTo(1);
        assertThat(plan.get("metPercent")).isEqualTo(0.0f);
        Map<String, Object> criterion6 = deadline(deadlines, "PLAN_C6");
        assertThat(count(criterion6, "MISSED")).as("only the sexual-abuse case is a criterion-6 case").isEqualTo(1);

        JsonPath closure = get("/api/v1/statistics/closure-times?from=2019-03-01&to=2019-04-30&province=48");
        assertThat(closure.getInt("closed")).isEqualTo(2);
        assertThat(closure.getInt("p50Days")).isEqualTo(5);
        assertThat(closure.getInt("p95Days")).isEqualTo(20);

        Events.reopened(a);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(get(outcome), null)
                .equals(Map.of("OPEN", 2, "NOT_SUBSTANTIATED", 1)));
        assertThat(get("/api/v1/statistics/closure-times?from=2019-03-01&to=2019-04-30&province=48").getInt("closed"))
                .isEqualTo(1);
    }

    @Test
    void casesAreCutByMonthQuarterHalfYearAndYearAndGroupedByEveryDimension() {
        Events.open(Events.Case.at("46", "19753", Events.morningOf("2020-01-15")), "FEMALE", "0-5", "HOTLINE_111",
                List.of("VIOLENCE"));
        Events.open(Events.Case.at("46", "19753", Events.morningOf("2020-02-10")), "MALE", "6-10", "ZALO",
                List.of("NEGLECT"));
        Events.open(Events.Case.at("46", "19774", Events.morningOf("2020-04-01")), "FEMALE", "11-15", "HOTLINE_111",
                List.of("VIOLENCE"));
        Events.open(Events.Case.at("46", "19774", Events.morningOf("2020-08-20")), "FEMALE", "6-10", "WALK_IN",
                List.of("EXPLOITATION"));
        String year = "/api/v1/statistics/cases?from=2020-01-01&to=2020-12-31&province=46";
        await().atMost(Duration.ofSeconds(30)).until(() -> get(year + "&groupBy=sex").getInt("total") == 4);

        JsonPath byMonth = get(year + "&groupBy=sex&period=month");
        assertThat(rows(byMonth, "2020-01")).isEqualTo(Map.of("FEMALE", 1));
        assertThat(rows(byMonth, "2020-02")).isEqualTo(Map.of("MALE", 1));
        assertThat(byMonth.getList("periods.period")).containsExactly("2020-01", "2020-02", "2020-04", "2020-08");
        assertThat(rows(get(year + "&groupBy=sex&period=quarter"), "2020-Q1")).isEqualTo(Map.of("FEMALE", 1, "MALE", 1));
        assertThat(rows(get(year + "&groupBy=sex&period=half-year"), "2020-H1")).isEqualTo(Map.of("FEMALE", 2, "MALE", 1));
        assertThat(rows(get(year + "&groupBy=sex&period=year"), "2020")).isEqualTo(Map.of("FEMALE", 3, "MALE", 1));
        assertThat(rows(get(year + "&groupBy=ageBand"), null)).isEqualTo(Map.of("0-5", 1, "6-10", 2, "11-15", 1));
        assertThat(rows(get(year + "&groupBy=channel"), null)).isEqualTo(Map.of("HOTLINE_111", 2, "ZALO", 1, "WALK_IN", 1));
        assertThat(rows(get(year + "&groupBy=commune"), null)).isEqualTo(Map.of("19753", 2, "19774", 2));
        assertThat(rows(get(year + "&groupBy=harmType&commune=19774"), null))
                .isEqualTo(Map.of("VIOLENCE", 1, "EXPLOITATION", 1));
        assertThat(get("/api/v1/statistics/cases?from=2020-01-15&to=2020-01-15&groupBy=sex&period=day&province=46")
                .getList("rows.period")).containsExactly("2020-01-15");

        // commune figures are kept by month
        assertProblem(given().header("Authorization", SUPERVISOR).when()
                .get("/api/v1/statistics/cases?from=2020-01-05&to=2020-12-31&groupBy=commune").then(), 422);
        assertProblem(given().header("Authorization", SUPERVISOR).when()
                .get(year + "&groupBy=commune&period=day").then(), 422);
        assertProblem(given().header("Authorization", SUPERVISOR).when()
                .get(year + "&groupBy=sex&period=fortnight").then(), 400);
        String other = TestTokens.user("sup-79").roles("case-supervisor").jurisdiction("79").bearer();
        assertProblem(given().header("Authorization", other).when().get(year + "&groupBy=sex").then(), 422);
    }

    @Test
    void casesAreCountedByTheGroupsOfChildrenInSpecialCircumstancesTheAssessmentFound() {
        Events.Case first = Events.Case.at("31", "10507", Events.morningOf("2016-09-05"));
        Events.Case second = Events.Case.at("31", "10507", Events.morningOf("2016-09-06"));
        Events.open(first, "FEMALE", List.of("SEXUAL_ABUSE"));
        Events.open(second, "MALE", List.of("VIOLENCE"));
        Events.childGroups(first, "SEXUALLY_ABUSED", "DISABLED");
        Events.childGroups(second, "VIOLENCE_SEVERE_HARM");
        // a later assessment of the first case finds it differently: the later finding counts
        Events.childGroups(first, "SEXUALLY_ABUSED");
        String query = "/api/v1/statistics/cases?from=2016-09-01&to=2016-09-30&groupBy=childGroup";
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(get(query), null)
                .equals(Map.of("SEXUALLY_ABUSED", 1, "VIOLENCE_SEVERE_HARM", 1)));
        assertThat(get(query).getInt("total")).isEqualTo(2);
    }

    @Test
    void callsAreCountedWithOrWithoutACase() {
        Instant at = Events.morningOf("2021-05-10");
        Events.intake("HOTLINE_111", "COUNSELLING", null, null, at, null);
        Events.intake("HOTLINE_111", "COUNSELLING", null, null, at, null);
        Events.intake("ZALO", "INFORMATION", "48", null, at, null);
        Events.intake("HOTLINE_111", "REPORT_OF_HARM", "48", "20209", at, UUID.randomUUID());
        String intakes = "/api/v1/statistics/intakes?from=2021-05-01&to=2021-05-31";
        await().atMost(Duration.ofSeconds(30)).until(() -> get(intakes + "&groupBy=category").getInt("total") == 4);
        assertThat(rows(get(intakes + "&groupBy=category"), null))
                .isEqualTo(Map.of("COUNSELLING", 2, "INFORMATION", 1, "REPORT_OF_HARM", 1));
        assertThat(rows(get(intakes + "&groupBy=province"), null)).isEqualTo(Map.of("--", 2, "48", 2));
        assertThat(rows(get(intakes + "&groupBy=channel"), null)).isEqualTo(Map.of("HOTLINE_111", 3, "ZALO", 1));
        assertProblem(given().header("Authorization", SUPERVISOR).when().get(intakes + "&groupBy=sex").then(), 400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("groupBy"));
    }

    @Test
    void referralsAreCountedPerAgencyWithAcceptanceAndResponseTime() {
        Events.Case c = Events.Case.at("79", "25747", Events.morningOf("2022-09-05"));
        Events.open(c, "FEMALE", List.of("VIOLENCE"));
        UUID accepted = Events.referral(c, "POLICE-79", "requested", UUID.randomUUID(), Duration.ofHours(1));
        Events.referral(c, "POLICE-79", "accepted", accepted, Duration.ofHours(3));
        UUID declined = Events.referral(c, "POLICE-79", "requested", UUID.randomUUID(), Duration.ofHours(1));
        Events.referral(c, "POLICE-79", "declined", declined, Duration.ofHours(5));
        UUID withdrawn = Events.referral(c, "POLICE-79", "requested", UUID.randomUUID(), Duration.ofHours(1));
        Events.referral(c, "POLICE-79", "withdrawn", withdrawn, Duration.ofHours(2));
        Events.referral(c, "POLICE-79", "completed", accepted, Duration.ofDays(2));
        UUID health = Events.referral(c, "HEALTH-79", "requested", UUID.randomUUID(), Duration.ofHours(1));
        Events.referral(c, "HEALTH-79", "accepted", health, Duration.ofHours(1).plusMinutes(30));
        // due on day 3, declined on day 4: an answer, but late
        UUID late = Events.referral(c, "HEALTH-79", "requested", UUID.randomUUID(), Duration.ofHours(1));
        Events.referral(c, "HEALTH-79", "declined", late, Duration.ofDays(4));

        String referrals = "/api/v1/statistics/referrals?from=2022-09-01&to=2022-09-30&province=79";
        await().atMost(Duration.ofSeconds(30)).until(() -> get(referrals).getList("agencyCode").contains("HEALTH-79")
                && Integer.valueOf(1).equals(get(referrals).get("find { it.agencyCode == 'HEALTH-79' }.declined")));
        Map<String, Object> police = get(referrals).getMap("find { it.agencyCode == 'POLICE-79' }");
        assertThat(police).containsEntry("requested", 3).containsEntry("accepted", 1).containsEntry("declined", 1)
                .containsEntry("withdrawn", 1).containsEntry("completed", 1).containsEntry("acceptancePercent", 50.0f)
                .containsEntry("averageResponseHours", 3.0f).containsEntry("answeredInTimePercent", 100.0f);
        assertThat(get(referrals).getMap("find { it.agencyCode == 'HEALTH-79' }"))
                .containsEntry("averageResponseHours", 47.8f).containsEntry("acceptancePercent", 50.0f)
                .containsEntry("answeredInTimePercent", 50.0f);
    }

    @Test
    void caseloadIsOpenAgainstClosedPerCommune() {
        Events.Case one = Events.Case.at("44", "18859", Events.morningOf("2022-02-01"));
        Events.Case two = Events.Case.at("44", "18859", Events.morningOf("2022-02-02"));
        Events.Case three = Events.Case.at("44", "18871", Events.morningOf("2022-02-03"));
        Events.open(one, "FEMALE", List.of("VIOLENCE"));
        Events.open(two, "MALE", List.of("VIOLENCE"));
        Events.open(three, "MALE", List.of("NEGLECT"));
        Events.closed(two, "CLOSED", Duration.ofDays(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/statistics/caseload?province=44")
                .getList("communeCode").size() == 2 && get("/api/v1/statistics/caseload?province=44")
                .getInt("find { it.communeCode == '18859' }.closed") == 1);
        JsonPath caseload = get("/api/v1/statistics/caseload?province=44");
        assertThat(caseload.getMap("find { it.communeCode == '18859' }")).containsEntry("open", 1).containsEntry("closed", 1);
        assertThat(caseload.getMap("find { it.communeCode == '18871' }")).containsEntry("open", 1).containsEntry("closed", 0);
    }
}
