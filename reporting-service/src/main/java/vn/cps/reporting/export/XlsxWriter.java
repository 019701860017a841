package vn.cps.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX (Apache POI): one sheet, sections one under the other; figures are numeric cells. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(Document document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("Thống kê");
            int r = 0;
            text(sheet.createRow(r++), 0, document.title(), bold);
            for (Document.Section section : document.sections()) {
                r++;
                if (document.sections().size() > 1) {
                    text(sheet.createRow(r++), 0, section.title(), bold);
                }
                Row header = sheet.createRow(r++);
                for (int c = 0; c < section.headers().size(); c++) {
                    text(header, c, section.headers().get(c), bold);
                }
                for (var values : section.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            for (int c = 0; c < 8; c++) {
                sheet.setColumnWidth(c, 28 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
