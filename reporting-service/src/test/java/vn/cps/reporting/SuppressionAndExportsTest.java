package vn.cps.reporting;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cps.testkit.TestTokens;

/** Small figures never reach an analyst or a file, not even by subtraction; files hold the right numbers. */
@QuarkusTest
class SuppressionAndExportsTest {

    static final String SUPERVISOR = ReadModelsTest.SUPERVISOR;
    static final String ANALYST = TestTokens.user("an-vn").roles("analyst").jurisdiction("VN").bearer();

    private static void open(String province, String commune, String date, String sex, int howMany) {
        for (int i = 0; i < howMany; i++) {
            Events.open(Events.Case.at(province, commune, Events.morningOf(date)), sex, List.of("VIOLENCE"));
        }
    }

    private static JsonPath as(String bearer, String path) {
        return given().header("Authorization", bearer).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void hiddenFiguresCannotBeRecoveredByDifferencing() {
        open("42", "18073", "2023-01-10", "FEMALE", 7);
        open("42", "18073", "2023-01-11", "MALE", 2);
        open("42", "18073", "2023-02-10", "FEMALE", 6);
        open("42", "18073", "2023-02-11", "MALE", 6);
        open("42", "18073", "2023-03-10", "FEMALE", 1);
        String query = "/api/v1/statistics/cases?from=2023-01-01&to=2023-03-31&groupBy=sex&period=month&province=42";
        await().atMost(Duration.ofSeconds(30)).until(() -> as(SUPERVISOR, query).getInt("total") == 22);

        JsonPath truth = as(SUPERVISOR, query);
        JsonPath shown = as(ANALYST, query);
        assertThat(truth.getBoolean("suppression")).isFalse();
        assertThat(shown.getBoolean("suppression")).isTrue();
        Map<String, Long> trueRows = figures(truth.getList("rows"));
        Map<String, Long> trueTotals = periodFigures(truth.getList("periods"));
        List<Map<String, Object>> rows = shown.getList("rows");
        List<Map<String, Object>> periods = shown.getList("periods");

        // every figure shown is the true one; every true figure from 1 to 4 is hidden
        for (Map<String, Object> r : rows) {
            String key = r.get("period") + "/" + r.get("key");
            if (Boolean.TRUE.equals(r.get("suppressed"))) {
                assertThat(r.get("count")).isNull();
            } else {
                assertThat(((Number) r.get("count")).longValue()).isEqualTo(trueRows.get(key));
                assertThat(trueRows.get(key) >= 1 && trueRows.get(key) <= 4).as("a small figure shown: %s", key).isFalse();
            }
        }
        // within each period whose total is shown, and across periods under the grand total, what is hidden
        // is either nothing or at least two figures adding up to at least the threshold
        for (Map<String, Object> p : periods) {
            if (Boolean.TRUE.equals(p.get("suppressed"))) {
                continue;
            }
            List<Long> hidden = rows.stream().filter(r -> r.get("period").equals(p.get("period"))
                    && Boolean.TRUE.equals(r.get("suppressed"))).map(r -> trueRows.get(r.get("period") + "/" + r.get("key")))
                    .toList();
            assertSafe(hidden);
        }
        if (!shown.getBoolean("totalSuppressed")) {
            assertSafe(periods.stream().filter(p -> Boolean.TRUE.equals(p.get("suppressed")))
                    .map(p -> trueTotals.get((String) p.get("period"))).toList());
        }
        // the figures of this case: March (1 case) is hidden, and so is January to protect it, rows and all
        assertThat(periods).filteredOn(p -> "2023-03".equals(p.get("period"))).extracting(p -> p.get("suppressed"))
                .containsExactly(true);
        assertThat(rows).filteredOn(r -> "2023-01".equals(r.get("period"))).extracting(r -> r.get("suppressed"))
                .containsOnly(true);
        assertThat(rows).filteredOn(r -> "2023-02".equals(r.get("period"))).extracting(r -> r.get("count"))
                .containsOnly(6);
    }

    private static void assertSafe(List<Long> hidden) {
        if (!hidden.isEmpty()) {
            assertThat(hidden).as("hidden figures that subtraction would reveal").hasSizeGreaterThanOrEqualTo(2);
            assertThat(hidden.stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(5);
        }
    }

    private static Map<String, Long> figures(List<Map<String, Object>> rows) {
        Map<String, Long> figures = new HashMap<>();
        rows.forEach(r -> figures.put(r.get("period") + "/" + r.get("key"), ((Number) r.get("count")).longValue()));
        return figures;
    }

    private static Map<String, Long> periodFigures(List<Map<String, Object>> periods) {
        Map<String, Long> figures = new HashMap<>();
        periods.forEach(p -> figures.put((String) p.get("period"), ((Number) p.get("count")).longValue()));
        return figures;
    }

    @Test
    void csvAndXlsxExportsHoldTheFiguresWithVietnameseLabels() throws Exception {
        open("40", "16681", "2024-05-06", "FEMALE", 6);
        open("40", "16681", "2024-05-07", "MALE", 5);
        open("40", "16690", "2024-06-03", "FEMALE", 5);
        open("40", "16690", "2024-06-04", "MALE", 7);
        open("40", "16690", "2024-06-05", "UNKNOWN", 1);
        String params = "from=2024-05-01&to=2024-06-30&groupBy=sex&period=month&province=40";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(SUPERVISOR, "/api/v1/statistics/cases?" + params).getInt("total") == 24);

        byte[] csv = given().header("Authorization", SUPERVISOR).when().get("/api/v1/exports/cases?format=csv&" + params)
                .then().statusCode(200).contentType("text/csv").header("Content-Disposition",
                        org.hamcrest.Matchers.containsString("cases-2024-05-01-2024-06-30-sex.csv"))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> lines = new ArrayList<>();
        for (String line : new String(csv, 3, csv.length - 3, UTF_8).split("\r\n")) {
            lines.add(Arrays.asList(line.split(",", -1)));
        }
        assertThat(lines.get(0).get(0)).isEqualTo("Vụ việc / Cases 2024-05-01 – 2024-06-30");
        assertThat(lines).contains(List.of("Kỳ / Period", "Giới tính / Sex", "Số vụ việc / Cases"));
        assertThat(lines).contains(List.of("2024-05", "Nữ / Female", "6"), List.of("2024-05", "Nam / Male", "5"),
                List.of("2024-06", "Nam / Male", "7"), List.of("2024-05", "Tổng / Total", "11"));
        // one case of unknown sex in June: hidden, and the smallest other figure of June with it
        assertThat(lines).contains(List.of("2024-06", "Không rõ / Unknown", "x"), List.of("2024-06", "Nữ / Female", "x"),
                List.of("2024-06", "Tổng / Total", "13"), List.of("2024-05-01/2024-06-30", "Tổng cộng / Grand total", "24"));

        byte[] xlsx = given().header("Authorization", ANALYST).when().get("/api/v1/exports/cases?format=xlsx&" + params)
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Object> cells = new HashMap<>();
            for (Row row : sheet) {
                if (row.getLastCellNum() >= 3 && row.getCell(2) != null) {
                    Cell value = row.getCell(2);
                    cells.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue(),
                            value.getCellType() == CellType.NUMERIC ? (Object) (long) value.getNumericCellValue()
                                    : value.getStringCellValue());
                }
            }
            assertThat(cells).containsEntry("2024-05|Nữ / Female", 6L).containsEntry("2024-05|Nam / Male", 5L)
                    .containsEntry("2024-06|Nam / Male", 7L).containsEntry("2024-06|Không rõ / Unknown", "x")
                    .containsEntry("2024-05-01/2024-06-30|Tổng cộng / Grand total", 24L);
        }
        assertProblem(given().header("Authorization", ANALYST).when().get("/api/v1/exports/cases?format=pdf&" + params)
                .then(), 400);

        // places are named where a person reads: the export's labels and the statistics' rows
        String byCommune = "from=2024-05-01&to=2024-06-30&groupBy=commune&province=40";
        String communes = new String(given().header("Authorization", SUPERVISOR).when()
                .get("/api/v1/exports/cases?format=csv&" + byCommune).then().statusCode(200).extract().asByteArray(), UTF_8);
        assertThat(communes).contains("16681 Phường Thành Vinh").contains("16690 Phường Trường Vinh");
        assertThat(as(SUPERVISOR, "/api/v1/statistics/cases?" + byCommune).getList("rows.name", String.class))
                .contains("Phường Thành Vinh", "Phường Trường Vinh");
        assertProblem(given().header("Authorization", SUPERVISOR).when()
                .get("/api/v1/statistics/cases?from=2024-05-01&to=2024-06-30&groupBy=commune&commune=20230").then(), 422)
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("commune 20230 (Phường Thuận Phước) no longer exists"));
    }

    @Test
    void theProvincesHalfYearReportHasItsFixedSections() throws Exception {
        open("37", "13285", "2024-02-05", "FEMALE", 5);
        String provincial = TestTokens.user("sup-37").roles("case-supervisor").jurisdiction("37").bearer();
        await().atMost(Duration.ofSeconds(30)).until(() -> as(provincial,
                "/api/v1/statistics/cases?from=2024-01-01&to=2024-06-30&groupBy=sex").getInt("total") == 5);
        byte[] xlsx = given().header("Authorization", provincial).when()
                .get("/api/v1/reports/provinces/37?year=2024&half=1").then().statusCode(200).extract().asByteArray();
        List<String> firstColumn = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                Cell cell = row.getCell(0);
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    firstColumn.add(cell.getStringCellValue());
                }
            }
        }
        assertThat(firstColumn.get(0)).startsWith("Báo cáo công tác bảo vệ trẻ em").contains("6 tháng đầu năm");
        assertThat(firstColumn).contains("1. Hình thức xâm hại / Harm type", "2. Giới tính / Sex",
                "3. Nhóm tuổi / Age band", "4. Kết quả / Outcome", "5. Tuân thủ thời hạn / Deadline compliance",
                "6. Chuyển gửi theo cơ quan / Referrals by agency", "7. Thời gian đóng hồ sơ / Time to closure");
        assertProblem(given().header("Authorization", provincial).when()
                .get("/api/v1/reports/provinces/48?year=2024&half=1").then(), 422);
        assertProblem(given().header("Authorization", provincial).when()
                .get("/api/v1/reports/provinces/37?year=2024&half=3").then(), 400);
    }
}
