package vn.cps.plans;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.events.reporting.IndicatorMeasuredV1;
import vn.cps.testkit.CaseEventsFixture;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.TestTokens;

/**
 * The province indicator report (issue #18 item 4): Đà Nẵng's 2018-2020 plan with its targets and
 * values, downloaded as XLSX and CSV and read back. 2019 is a year no other test records values for in
 * 48, so the rows are exactly these; 2019 is past, so targets are read as they stood when the period closed.
 */
@QuarkusTest
class IndicatorReportTest {

    static final String MANAGER = TestTokens.user("pm-48").roles("plan-manager").jurisdiction("48").bearer();
    static final String CONTRIBUTOR = TestTokens.user("dolisa-48").roles("plan-contributor").jurisdiction("48")
            .agency("DOLISA-48").bearer();
    static final int YEAR = 2019;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String POPULATION_SOURCE = "Cục Thống kê thành phố Đà Nẵng, niên giám thống kê 2019";

    private static String planNumber;

    /** The plan, its targets and values, recorded once for every test of this class. */
    private static synchronized String plan() {
        if (planNumber != null) {
            return planNumber;
        }
        String number = "BC-" + UUID.randomUUID().toString().substring(0, 6) + "/KH-UBND";
        String planId = post(MANAGER, "/api/v1/plans", Map.of("number", number,
                "title", "Kế hoạch thực hiện Chương trình hành động vì trẻ em giai đoạn 2018-2020",
                "issuingAuthority", "UBND thành phố Đà Nẵng", "jurisdiction", "48", "periodStartYear", 2018,
                "periodEndYear", 2020, "fundingSources", List.of("STATE_BUDGET"))).then().statusCode(201)
                .extract().path("id");
        String targets = "/api/v1/plans/" + planId + "/targets";
        target(targets, "NPA-06", null, 2018, 2020, "AT_LEAST", 90, 80);
        target(targets, "NPA-07", null, 2018, 2020, "REDUCE_BY_PERCENT", 20, 10);
        target(targets, "BC19-01", "Tỷ lệ trường học có phòng tham vấn tâm lý học đường", 2018, 2019, "AT_LEAST", 50, 40);
        target(targets, "NPA-04", null, 2019, 2020, "AT_LEAST", 95, 90);
        target(targets, "NPA-02", null, 2020, 2020, "AT_MOST", 5, 6); // not in force in 2019: not in the report

        value("NPA-06", "48", 2018, "Y", "82", null);
        value("NPA-06", "48", 2018, "H2", "81", null);
        value("NPA-06", "48", YEAR, "Y", "85", null);
        value("NPA-06", "48", YEAR, "Y", "86", null); // the latest record is the value
        value("NPA-06", "48", YEAR, "H1", "84", null);
        value("NPA-06", "48", YEAR, "H2", "84", null);
        value("NPA-07", "48", 2018, "Y", "9.5", null);
        value("NPA-07", "48", YEAR, "Y", "8.5", null);
        value("BC19-01", "48", 2018, "Y", "45", null);
        value("BC19-01", "48", YEAR, "Y", "52", null);
        value("II-0101", "48", YEAR, "H1", "12", null);
        value("I-X01", "48", 2018, "Y", "245000", "Cục Thống kê thành phố Đà Nẵng, niên giám thống kê 2018");
        value("I-X01", "48", YEAR, "Y", "250000", POPULATION_SOURCE);
        value("NPA-06", "20194", YEAR, "Y", "70", null); // a commune's value stays in the commune's report

        // reporting-service measures 1,500 children in special circumstances; CASE-11 is computed over I-X01
        String payload = CaseEventsFixture.json(new IndicatorMeasuredV1("CASE-01", "48", YEAR, "Y",
                new BigDecimal("1500"), null, null, Instant.now()));
        EventLog.publish(Topics.REPORTING_EVENTS, "CASE-01/48", UUID.randomUUID().toString(),
                EventTypes.REPORTING_INDICATOR_MEASURED_V1, payload);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> csv("48", "Y").stream()
                .anyMatch(r -> r.get(0).equals("CASE-11")));
        planNumber = number;
        return number;
    }

    @Test
    void theYearlyReportListsTargetsAndOtherIndicatorsWithGoalStatusAndTrend() throws IOException {
        String plan = plan();
        Response response = report("48", YEAR, "Y", null);
        response.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"bao-cao-chi-so-48-2019-Y.xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Báo cáo");
            List<List<String>> table = table(workbook.getSheet("Báo cáo"));
            assertThat(table.get(0)).containsExactly("Báo cáo chỉ số trẻ em - Thành phố Đà Nẵng - Năm 2019");
            assertThat(table.get(1)).isEmpty();
            assertThat(table.get(2)).containsExactly("Mã chỉ số", "Tên chỉ số", "Đơn vị", "Giá trị", "Tử số", "Mẫu số",
                    "Nguồn", "Ghi chú nguồn", "Kế hoạch", "Chỉ tiêu", "Trạng thái", "Xu hướng");
            // read on 2020-01-01, 730 of the 1,096 days of 2018-2020: NPA-06 expects 86.66 (AT_RISK at 86),
            // NPA-07 a reduction of 20% from 10 to 8 expects 8.67 (ON_TRACK at 8.5); BC19-01 ended in 2019: met
            assertThat(table.subList(3, table.size())).containsExactly(
                    row("BC19-01", "Tỷ lệ trường học có phòng tham vấn tâm lý học đường", "percent", "52", "", "",
                            "REPORTED", "", plan, "50", "Đạt", "TĂNG"),
                    row("NPA-04", name("NPA-04"), "percent", "", "", "", "", "", plan, "95", "Chưa có số liệu", "CHƯA RÕ"),
                    row("NPA-06", name("NPA-06"), "percent", "86", "", "", "REPORTED", "", plan, "90",
                            "Có nguy cơ không đạt", "TĂNG"),
                    row("NPA-07", name("NPA-07"), "percent", "8.5", "", "", "REPORTED", "", plan, "8", "Đúng tiến độ",
                            "GIẢM"),
                    row("CASE-01", name("CASE-01"), unit("CASE-01"), "1500", "", "", "MEASURED", "", "", "", "", "CHƯA RÕ"),
                    row("CASE-11", name("CASE-11"), unit("CASE-11"), "0.6", "1500", "250000", "COMPUTED",
                            POPULATION_SOURCE, "", "", "", "CHƯA RÕ"),
                    row("I-X01", name("I-X01"), unit("I-X01"), "250000", "", "", "REPORTED", POPULATION_SOURCE, "", "", "",
                            "TĂNG"));
            Cell value = workbook.getSheet("Báo cáo").getRow(5).getCell(3);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(86.0);

            // one chart per targeted indicator, each the yearly values against the goal
            List<XSSFChart> charts = workbook.getSheet("Biểu đồ").getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(
                    "BC19-01 - Tỷ lệ trường học có phòng tham vấn tâm lý học đường", "NPA-04 - " + name("NPA-04"),
                    "NPA-06 - " + name("NPA-06"), "NPA-07 - " + name("NPA-07"));
            for (XSSFChart chart : charts) {
                List<XDDFChartData> data = chart.getChartSeries();
                assertThat(data).hasSize(1).first().isInstanceOf(XDDFLineChartData.class);
                List<CTLineSer> series = data.get(0).getSeries().stream()
                        .map(s -> ((XDDFLineChartData.Series) s).getCTLineSer()).toList();
                assertThat(series).extracting(s -> s.getTx().getStrRef().getStrCache().getPtArray(0).getV())
                        .containsExactly("Giá trị", "Chỉ tiêu");
                assertThat(series).allSatisfy(s -> assertThat(s.getVal().getNumRef().getF()).startsWith("'Số liệu biểu đồ'!"));
                assertThat(text(chart.getCTChart().getPlotArea().getCatAxArray(0).getTitle())).isEqualTo("Năm");
                assertThat(text(chart.getCTChart().getPlotArea().getValAxArray(0).getTitle())).isEqualTo("percent");
            }
            XSSFChart npa06 = charts.get(2);
            List<CTLineSer> series = ((XDDFLineChartData) npa06.getChartSeries().get(0)).getSeries().stream()
                    .map(s -> ((XDDFLineChartData.Series) s).getCTLineSer()).toList();
            assertThat(series.get(0).getCat().getStrRef().getStrCache().getPtList()).extracting(p -> p.getV())
                    .containsExactly("2018", "2019");
            assertThat(series.get(0).getVal().getNumRef().getNumCache().getPtList()).extracting(p -> p.getV())
                    .containsExactly("82.0", "86.0");
            assertThat(series.get(1).getVal().getNumRef().getNumCache().getPtList()).extracting(p -> p.getV())
                    .containsExactly("90.0", "90.0");

            // the cells the charts read: per indicator a title, the headers, one line per year (a gap without a value)
            List<List<String>> data = table(workbook.getSheet("Số liệu biểu đồ"));
            assertThat(data).containsSubsequence(List.of("NPA-04 - " + name("NPA-04")), List.of("Năm", "Giá trị", "Chỉ tiêu"),
                    List.of("2019", "", "95"));
            assertThat(data).containsSubsequence(List.of("NPA-06 - " + name("NPA-06")), List.of("Năm", "Giá trị", "Chỉ tiêu"),
                    List.of("2018", "82", "90"), List.of("2019", "86", "90"));
            assertThat(data).containsSubsequence(List.of("NPA-07 - " + name("NPA-07")), List.of("Năm", "Giá trị", "Chỉ tiêu"),
                    List.of("2018", "9.5", "8"), List.of("2019", "8.5", "8"));

            // the CSV gives the same lines and figures
            List<List<String>> csv = csv("48", "Y");
            List<List<String>> lines = new ArrayList<>(table);
            lines.remove(1);
            assertThat(csv).isEqualTo(lines);
        }
    }

    @Test
    void aHalfYearIsComparedWithTheHalfYearBefore() throws IOException {
        String plan = plan();
        Response response = report("48", YEAR, "H1", null);
        response.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"bao-cao-chi-so-48-2019-H1.xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<List<String>> table = table(workbook.getSheet("Báo cáo"));
            assertThat(table.get(0)).containsExactly("Báo cáo chỉ số trẻ em - Thành phố Đà Nẵng - 6 tháng đầu năm 2019");
            // read on 2019-07-01 against the yearly values: every target with a value is on track then
            assertThat(table.subList(3, table.size())).containsExactly(
                    row("BC19-01", "Tỷ lệ trường học có phòng tham vấn tâm lý học đường", "percent", "", "", "", "", "",
                            plan, "50", "Đúng tiến độ", "CHƯA RÕ"),
                    row("NPA-04", name("NPA-04"), "percent", "", "", "", "", "", plan, "95", "Chưa có số liệu", "CHƯA RÕ"),
                    row("NPA-06", name("NPA-06"), "percent", "84", "", "", "REPORTED", "", plan, "90", "Đúng tiến độ",
                            "TĂNG"),
                    row("NPA-07", name("NPA-07"), "percent", "", "", "", "", "", plan, "8", "Đúng tiến độ", "CHƯA RÕ"),
                    row("II-0101", name("II-0101"), unit("II-0101"), "12", "", "", "REPORTED", "", "", "", "", "CHƯA RÕ"));
            assertThat(workbook.getSheet("Biểu đồ").getDrawingPatriarch().getCharts()).hasSize(4);
        }

        Response second = report("48", YEAR, "H2", "csv");
        second.then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"bao-cao-chi-so-48-2019-H2.csv\""));
        assertThat(second.contentType()).isEqualToIgnoringCase("text/csv; charset=UTF-8");
        List<List<String>> csv = parse(second.asByteArray());
        assertThat(csv.get(0)).containsExactly("Báo cáo chỉ số trẻ em - Thành phố Đà Nẵng - 6 tháng cuối năm 2019");
        assertThat(csv).filteredOn(r -> r.get(0).equals("NPA-06")).singleElement()
                .satisfies(r -> assertThat(r.subList(3, 4)).containsExactly("84"))
                .satisfies(r -> assertThat(r.get(11)).isEqualTo("KHÔNG ĐỔI"));
    }

    @Test
    void aCommunesReportHoldsItsOwnValues() {
        plan();
        List<List<String>> csv = csv("20194", "Y");
        assertThat(csv.get(0)).containsExactly("Báo cáo chỉ số trẻ em - Phường Hải Vân - Năm 2019");
        assertThat(csv.subList(2, csv.size())).containsExactly(
                row("NPA-06", name("NPA-06"), unit("NPA-06"), "70", "", "", "REPORTED", "", "", "", "", "CHƯA RÕ"));
    }

    @Test
    void badParametersAndCallersOutsideTheJurisdictionAreRefused() {
        String path = "/api/v1/indicator-reports/48";
        assertProblem(given().header("Authorization", MANAGER).queryParam("year", YEAR).queryParam("period", "Q1")
                .when().get(path).then(), 400);
        assertProblem(given().header("Authorization", MANAGER).when().get(path).then(), 400);
        assertProblem(given().header("Authorization", MANAGER).queryParam("year", 1999).when().get(path).then(), 400);
        assertProblem(given().header("Authorization", MANAGER).queryParam("year", YEAR).queryParam("format", "pdf")
                .when().get(path).then(), 400);
        assertProblem(given().header("Authorization", MANAGER).queryParam("year", YEAR)
                .when().get("/api/v1/indicator-reports/4800").then(), 400);
        // Quảng Nam (49) is part of Đà Nẵng since 2025
        assertProblem(given().header("Authorization", MANAGER).queryParam("year", YEAR)
                .when().get("/api/v1/indicator-reports/49").then(), 422)
                .body("violations[0].message", equalTo("province 49 no longer exists since 2025-07-01; it became part of 48 "
                        + "(Thành phố Đà Nẵng)"));

        // a commune officer of Hồ Chí Minh City sees neither Đà Nẵng nor its communes; one of Hải Vân not the city
        String otherProvince = TestTokens.user("cw-25747").roles("plan-contributor").jurisdiction("25747").bearer();
        assertProblem(given().header("Authorization", otherProvince).queryParam("year", YEAR).when().get(path).then(), 404);
        assertProblem(given().header("Authorization", otherProvince).queryParam("year", YEAR)
                .when().get("/api/v1/indicator-reports/20194").then(), 404);
        String haiVan = TestTokens.user("cw-20194").roles("plan-contributor").jurisdiction("20194").bearer();
        assertProblem(given().header("Authorization", haiVan).queryParam("year", YEAR).when().get(path).then(), 404);
        given().header("Authorization", haiVan).queryParam("year", YEAR).when().get("/api/v1/indicator-reports/20194")
                .then().statusCode(200);
        String caseWorker = TestTokens.user("cw-48").roles("case-worker").jurisdiction("48").bearer();
        assertProblem(given().header("Authorization", caseWorker).queryParam("year", YEAR).when().get(path).then(), 403);
        assertProblem(given().queryParam("year", YEAR).when().get(path).then(), 401);
    }

    // --- helpers --------------------------------------------------------------------------------

    private static final Map<String, Map<String, Object>> CATALOGUE = new HashMap<>();

    /** The catalogue's entry as the API gives it, so that the test follows edits of the catalogue's names. */
    private static synchronized Map<String, Object> entry(String code) {
        return CATALOGUE.computeIfAbsent(code, c -> given().header("Authorization", MANAGER).when()
                .get("/api/v1/indicators/" + c).then().statusCode(200).extract().path("$"));
    }

    private static String name(String code) {
        return (String) entry(code).get("nameVi");
    }

    private static String unit(String code) {
        Object unit = entry(code).get("unit");
        return unit == null ? "" : unit.toString();
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static Response post(String bearer, String path, Object body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body).when().post(path);
    }

    private static void target(String path, String code, String name, int from, int to, String direction, Number value,
            Number baseline) {
        Map<String, Object> body = new HashMap<>(Map.of("indicatorCode", code, "jurisdiction", "48",
                "periodStartYear", from, "periodEndYear", to, "direction", direction, "targetValue", value,
                "unit", "percent", "baseline", baseline));
        if (name != null) {
            body.put("name", name);
        }
        post(MANAGER, path, body).then().statusCode(201);
    }

    private static void value(String code, String jurisdiction, int year, String period, String value, String sourceNote) {
        Map<String, Object> body = new HashMap<>(Map.of("indicatorCode", code, "jurisdiction", jurisdiction, "year", year,
                "period", period, "value", new BigDecimal(value)));
        if (sourceNote != null) {
            body.put("sourceNote", sourceNote);
        }
        post(CONTRIBUTOR, "/api/v1/indicator-values", body).then().statusCode(201);
    }

    private static Response report(String jurisdiction, int year, String period, String format) {
        var request = given().header("Authorization", MANAGER).queryParam("year", year).queryParam("period", period);
        if (format != null) {
            request.queryParam("format", format);
        }
        return request.when().get("/api/v1/indicator-reports/" + jurisdiction);
    }

    private static List<List<String>> csv(String jurisdiction, String period) {
        Response response = report(jurisdiction, YEAR, period, "csv");
        response.then().statusCode(200);
        return parse(response.asByteArray());
    }

    /** RFC 4180 lines after the byte-order mark: quoted fields may hold commas and doubled quotes. */
    private static List<List<String>> parse(byte[] file) {
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, UTF_8);
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return lines;
    }

    /** A sheet as lines of text: a figure written plainly ("8.5", "250000"), an empty cell as "". */
    private static List<List<String>> table(Sheet sheet) {
        List<List<String>> lines = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> line = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    line.add(text(row.getCell(c)));
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            BigDecimal d = BigDecimal.valueOf(cell.getNumericCellValue());
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return cell.getStringCellValue();
    }

    private static String text(CTTitle title) {
        return title.getTx().getRich().getPArray(0).getRArray(0).getT();
    }
}
