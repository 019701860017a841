package vn.cps.plans.export;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.cps.plans.domain.IndicatorReport;

/** The report's table as both files write it, so that the CSV and the XLSX give the same figures. */
final class IndicatorReportTable {

    static final List<String> HEADERS = List.of("Mã chỉ số", "Tên chỉ số", "Đơn vị", "Giá trị", "Tử số", "Mẫu số",
            "Nguồn", "Ghi chú nguồn", "Kế hoạch", "Chỉ tiêu", "Trạng thái", "Xu hướng");

    private IndicatorReportTable() {
    }

    /** The cells of a row: text, a BigDecimal figure, or null for an empty cell. */
    static List<Object> cells(IndicatorReport.Row r) {
        return Arrays.asList(r.indicatorCode(), r.name(), r.unit(), r.value(), r.numerator(), r.denominator(),
                r.source(), r.sourceNote(), r.plan(), r.goal(), IndicatorReport.statusLabel(r.status()),
                r.trend().label());
    }

    /** A figure as people write it: no trailing zeros of the stored scale, no exponent. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
