package vn.cps.plans.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cps.plans.domain.IndicatorReport;

/**
 * The report as XLSX (Apache POI): the table on "Báo cáo" (title, a blank line, headers, rows; figures
 * are numeric cells), and on "Biểu đồ" one line chart per targeted indicator, drawn from the cells of
 * "Số liệu biểu đồ" so that a reader can check and re-plot them.
 */
public final class IndicatorReportXlsx {

    public static final String TABLE_SHEET = "Báo cáo";
    public static final String CHART_SHEET = "Biểu đồ";
    public static final String DATA_SHEET = "Số liệu biểu đồ";
    /** The row of the table's headers (0-based); rows follow it. */
    public static final int HEADER_ROW = 2;

    private static final int CHART_WIDTH_COLUMNS = 10;
    private static final int CHART_HEIGHT_ROWS = 20;

    private IndicatorReportXlsx() {
    }

    public static byte[] write(IndicatorReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            table(workbook.createSheet(TABLE_SHEET), report, bold);
            charts(workbook.createSheet(CHART_SHEET), workbook.createSheet(DATA_SHEET), report.charts(), bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Sheet sheet, IndicatorReport report, CellStyle bold) {
        text(sheet.createRow(0), 0, report.title(), bold);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < IndicatorReportTable.HEADERS.size(); c++) {
            text(header, c, IndicatorReportTable.HEADERS.get(c), bold);
        }
        int r = HEADER_ROW + 1;
        for (IndicatorReport.Row row : report.rows()) {
            Row line = sheet.createRow(r++);
            List<Object> cells = IndicatorReportTable.cells(row);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof BigDecimal d) {
                    line.createCell(c).setCellValue(d.doubleValue());
                } else if (value != null) {
                    line.createCell(c).setCellValue(value.toString());
                }
            }
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        for (int c = 2; c < IndicatorReportTable.HEADERS.size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    /**
     * Each chart's data is a block on the data sheet: a title line, the headers (Năm, Giá trị, Chỉ tiêu)
     * whose cells name the series, then one line per year; a year without a value is an empty cell,
     * a gap in the line rather than a zero.
     */
    private static void charts(XSSFSheet chartSheet, XSSFSheet data, List<IndicatorReport.Chart> charts, CellStyle bold) {
        XSSFDrawing drawing = chartSheet.createDrawingPatriarch();
        int r = 0;
        for (int i = 0; i < charts.size(); i++) {
            IndicatorReport.Chart chart = charts.get(i);
            String title = chart.indicatorCode() + " - " + chart.name();
            text(data.createRow(r), 0, title, bold);
            int headerRow = r + 1;
            Row header = data.createRow(headerRow);
            text(header, 0, "Năm", bold);
            text(header, 1, "Giá trị", bold);
            text(header, 2, "Chỉ tiêu", bold);
            int first = headerRow + 1;
            int next = first;
            for (IndicatorReport.Point p : chart.points()) {
                Row line = data.createRow(next++);
                line.createCell(0).setCellValue(Integer.toString(p.year()));
                if (p.value() != null) {
                    line.createCell(1).setCellValue(p.value().doubleValue());
                }
                if (p.goal() != null) {
                    line.createCell(2).setCellValue(p.goal().doubleValue());
                }
            }
            int last = first + chart.points().size() - 1;
            plot(drawing, data, i, title, chart.unit(), headerRow, first, last);
            r = last + 2;
        }
        data.setColumnWidth(0, 12 * 256);
        data.setColumnWidth(1, 14 * 256);
        data.setColumnWidth(2, 14 * 256);
    }

    private static void plot(XSSFDrawing drawing, XSSFSheet data, int index, String title, String unit, int headerRow,
            int first, int last) {
        int top = index * CHART_HEIGHT_ROWS;
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, CHART_WIDTH_COLUMNS,
                top + CHART_HEIGHT_ROWS - 1));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        years.setTitle("Năm");
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(unit == null ? "" : unit);
        values.setCrosses(AxisCrosses.AUTO_ZERO);

        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(data,
                new CellRangeAddress(first, last, 0, 0));
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, values);
        series(lines, categories, data, headerRow, first, last, 1, "Giá trị", MarkerStyle.CIRCLE);
        series(lines, categories, data, headerRow, first, last, 2, "Chỉ tiêu", MarkerStyle.NONE);
        chart.plot(lines);
    }

    private static void series(XDDFLineChartData lines, XDDFDataSource<String> categories, XSSFSheet data, int headerRow,
            int first, int last, int column, String name, MarkerStyle marker) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(data,
                new CellRangeAddress(first, last, column, column));
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(categories, values);
        series.setTitle(name, new CellReference(data.getSheetName(), headerRow, column, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(marker);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
