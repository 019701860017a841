package vn.cps.reporting.export;

import java.util.List;

/**
 * A report as rows of cells, in sections, ready to be written as CSV or XLSX. A cell is a String,
 * a Long or a Double; a suppressed figure is the String {@code x}.
 */
public record Document(String title, List<Section> sections) {

    public record Section(String title, List<String> headers, List<List<Object>> rows) {
    }
}
