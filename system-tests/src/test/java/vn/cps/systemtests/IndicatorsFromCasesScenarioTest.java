package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #18 end to end: cases are opened, assessed with groups of children (Art. 10) and given
 * emergency measures, one late; reporting-service measures the indicators from their events;
 * plan-service records them, so a provincial plan's targets on NPA-06 and on the 12-hour deadline
 * move by themselves to AT_RISK, and the plan manager is told once per target.
 *
 * <p>The reports are dated in January of this year (a report may be logged after it was received),
 * so the first half-year of commune 20200 and of province 48 holds only these cases: the figures are exact. The other
 * scenarios' cases, received today, only add to the year's figures, and cannot lift the two targets
 * to 100 %, since the unsupported child and the late measure below stay in them.
 */
class IndicatorsFromCasesScenarioTest {

    private static final ObjectMapper JSON = StackClient.JSON;
    private static final String COMMUNE = "20200";
    /** The plan, its targets and the report are the province's; its first half holds only these cases too. */
    private static final String PROVINCE = "48";
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
        client = new StackClient(stack);
    }

    @Test
    void indicatorsComputedFromCasesMoveAProvincialPlansTargets() throws Exception {
        String operator = client.login("operator111");
        String officer = client.login("officer.20200");
        String approver = client.login("approver.20200");
        String planner = client.login("planner.48");
        String plans = stack.service("plan") + "/api/v1";

        // the plan and its two targets first, so that every measured value is read against them
        String planJson = JSON.writeValueAsString(Map.of("number", "KH-CI-" + UUID.randomUUID().toString().substring(0, 8),
                "title", "Kế hoạch bảo vệ trẻ em năm " + YEAR, "issuingAuthority", "UBND thành phố Đà Nẵng",
                "jurisdiction", "48", "periodStartYear", YEAR, "periodEndYear", YEAR,
                "implementsDocument", "QĐ 23/QĐ-TTg", "fundingSources", List.of("STATE_BUDGET")));
        HttpResponse<String> drafted = client.call("POST", plans + "/plans", planner, planJson);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String planId = JSON.readTree(drafted.body()).get("id").asText();
        for (String indicator : List.of("NPA-06", "CASE-06")) {
            HttpResponse<String> target = client.call("POST", plans + "/plans/" + planId + "/targets", planner,
                    JSON.writeValueAsString(Map.of("indicatorCode", indicator, "jurisdiction", PROVINCE,
                            "periodStartYear", YEAR, "periodEndYear", YEAR, "direction", "AT_LEAST",
                            "targetValue", 100, "unit", "percent")));
            assertThat(target.statusCode()).as(target.body()).isEqualTo(201);
        }

        // A: violence, in special circumstances, a measure within 12 hours
        String a = openCase(operator, YEAR + "-01-15T01:00:00Z", "VIOLENCE");
        assess(officer, a, true, "VIOLENCE_SEVERE_HARM");
        measure(approver, a, YEAR + "-01-15T04:00:00Z");
        // B: neglect, no carer, the measure taken only now: supported, but late
        String b = openCase(operator, YEAR + "-01-20T01:00:00Z", "NEGLECT");
        assess(officer, b, true, "NO_CARER");
        measure(approver, b, null);
        // C: no carer, no emergency, no plan yet: identified, not supported
        String c = openCase(operator, YEAR + "-02-02T01:00:00Z", "VIOLENCE");
        assess(officer, c, false, "NO_CARER");

        Map<String, String> firstHalf = Map.of("CASE-01", "3", "CASE-02", "2", "NPA-06", "66.67", "CASE-06", "50");
        for (String place : List.of(COMMUNE, PROVINCE)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .alias("the first half of " + YEAR + " in " + place + " measured as " + firstHalf)
                    .until(() -> measured(planner, place, firstHalf.keySet(), "H1"), firstHalf::equals);
        }

        Map<String, String> status = new HashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .alias("both targets of plan " + planId + " AT_RISK")
                .until(() -> {
                    HttpResponse<String> targets = client.call("GET", plans + "/plans/" + planId + "/targets", planner,
                            null);
                    assertThat(targets.statusCode()).as(targets.body()).isEqualTo(200);
                    status.clear();
                    JSON.readTree(targets.body()).forEach(t -> status.put(t.get("indicatorCode").asText(),
                            t.get("status").asText()));
                    return status;
                }, s -> "AT_RISK".equals(s.get("NPA-06")) && "AT_RISK".equals(s.get("CASE-06")));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .alias("one TARGET_AT_RISK per target of plan " + planId + " in planner.48's inbox")
                .until(() -> client.planNotifications(planner, planId, "TARGET_AT_RISK"), n -> n == 2);
        // later measurements (each new case changes the year's figures) announce nothing again
        stack.awaitSettled(Duration.ofSeconds(60));
        assertThat(client.planNotifications(planner, planId, "TARGET_AT_RISK"))
                .as("TARGET_AT_RISK entries of plan " + planId).isEqualTo(2);

        // the province's report for the first half shows the figures, the targets' status and their charts
        HttpResponse<byte[]> report = StackClient.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        plans + "/indicator-reports/" + PROVINCE + "?year=" + YEAR + "&period=H1"))
                .header("Authorization", "Bearer " + planner).timeout(Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(report.statusCode()).as(new String(report.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(report.body()))) {
            Map<String, List<String>> rows = new HashMap<>();
            org.apache.poi.ss.usermodel.DataFormatter cells = new org.apache.poi.ss.usermodel.DataFormatter();
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet("Báo cáo")) {
                List<String> texts = new java.util.ArrayList<>();
                row.forEach(cell -> texts.add(cells.formatCellValue(cell)));
                if (!texts.isEmpty()) {
                    rows.put(texts.get(0), texts);
                }
            }
            assertThat(rows.get("NPA-06")).as("the NPA-06 row").contains("66.67", "100", "Có nguy cơ không đạt");
            assertThat(rows.get("CASE-06")).as("the CASE-06 row").contains("50", "100", "Có nguy cơ không đạt");
            assertThat(rows.get("CASE-01")).as("the CASE-01 row").contains("3");
            var charts = workbook.getSheet("Biểu đồ").getDrawingPatriarch().getCharts();
            assertThat(charts).as("one chart per targeted indicator").hasSize(2);
            assertThat(charts).allSatisfy(chart -> assertThat(chart.getChartSeries().get(0).getSeries().stream()
                    .map(series -> ((org.apache.poi.xddf.usermodel.chart.XDDFLineChartData.Series) series).getCTLineSer()
                            .getTx().getStrRef().getStrCache().getPtArray(0).getV()).toList())
                    .containsExactly("Giá trị", "Chỉ tiêu"));
        }
    }

    private static String openCase(String operator, String receivedAt, String harm) throws Exception {
        String report = """
                {"channel": "HOTLINE_111", "callerRelationship": "NEIGHBOUR", "receivedAt": "%s",
                 "child": {"fullName": "Nguyễn Thị Hoa", "sex": "FEMALE", "estimatedAge": 8},
                 "location": {"communeCode": "%s"},
                 "harmTypes": ["%s"], "summary": "Hàng xóm báo trẻ bị bỏ mặc, có dấu hiệu bị đánh."}"""
                .formatted(receivedAt, COMMUNE, harm);
        HttpResponse<String> created = client.call("POST", stack.service("case") + "/api/v1/intakes", operator, report);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("caseId").asText();
    }

    private static String etag(String token, String caseId) throws Exception {
        HttpResponse<String> read = client.call("GET", stack.service("case") + "/api/v1/cases/" + caseId, token, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return read.headers().firstValue("ETag").orElseThrow();
    }

    private static void assess(String officer, String caseId, boolean emergency, String group) throws Exception {
        String body = JSON.writeValueAsString(Map.of("harmSeverity", "HIGH", "abuserAccess", "HIGH",
                "careEnvironment", "MEDIUM", "childCapacity", "LOW", "emergencyNeeded", emergency,
                "childGroups", List.of(group), "notes", "Đánh giá ban đầu"));
        HttpResponse<String> assessed = client.call("POST", stack.service("case") + "/api/v1/cases/" + caseId
                + "/assessment", officer, body, etag(officer, caseId));
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
    }

    private static void measure(String approver, String caseId, String takenAt) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("type", "MEDICAL_CARE", "notes", "Đưa trẻ đi khám"));
        if (takenAt != null) {
            body.put("takenAt", takenAt);
        }
        HttpResponse<String> taken = client.call("POST", stack.service("case") + "/api/v1/cases/" + caseId
                + "/emergency-measures", approver, JSON.writeValueAsString(body), etag(approver, caseId));
        assertThat(taken.statusCode()).as(taken.body()).isBetween(200, 201);
    }

    /** The latest value plan-service holds of each indicator for the place, this year and period. */
    private static Map<String, String> measured(String token, String place, Iterable<String> indicators, String period)
            throws Exception {
        Map<String, String> latest = new HashMap<>();
        for (String indicator : indicators) {
            HttpResponse<String> values = client.call("GET", stack.service("plan") + "/api/v1/indicator-values?indicator="
                    + indicator + "&jurisdiction=" + place + "&year=" + YEAR + "&period=" + period, token, null);
            assertThat(values.statusCode()).as(values.body()).isEqualTo(200);
            JsonNode items = JSON.readTree(values.body()).get("items");
            if (!items.isEmpty()) {
                latest.put(indicator, items.get(items.size() - 1).get("value").decimalValue().stripTrailingZeros()
                        .toPlainString());
            }
        }
        return latest;
    }
}
