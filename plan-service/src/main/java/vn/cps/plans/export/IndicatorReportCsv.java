package vn.cps.plans.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import vn.cps.plans.domain.IndicatorReport;

/**
 * The report's table as CSV (RFC 4180) in UTF-8 with a byte-order mark, so that spreadsheet programs
 * keep the diacritics (as reporting-service's exports): the title line, the headers, one line per row.
 */
public final class IndicatorReportCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private IndicatorReportCsv() {
    }

    public static byte[] write(IndicatorReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of(report.title()));
        line(csv, List.copyOf(IndicatorReportTable.HEADERS));
        report.rows().forEach(r -> line(csv, IndicatorReportTable.cells(r)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        csv.append(cells.stream().map(IndicatorReportCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        String text = value == null ? "" : value instanceof BigDecimal d ? IndicatorReportTable.plain(d) : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
