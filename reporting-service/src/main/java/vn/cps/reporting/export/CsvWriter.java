package vn.cps.reporting.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180) in UTF-8 with a byte-order mark, so that spreadsheet programs keep the
 * Vietnamese diacritics. Sections follow one another, each with its title and header row.
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {
    }

    public static byte[] write(Document document) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of(document.title()));
        for (Document.Section section : document.sections()) {
            if (document.sections().size() > 1) {
                csv.append("\r\n");
                line(csv, List.of(section.title()));
            }
            line(csv, List.copyOf(section.headers()));
            section.rows().forEach(row -> line(csv, row));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        csv.append(cells.stream().map(CsvWriter::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
