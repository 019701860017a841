package vn.cps.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The indicator report of a jurisdiction for a year or a half-year (báo cáo chỉ số): one row per
 * target set for it, then one per other indicator with a value, and per targeted indicator the
 * yearly values against the goal for a chart.
 */
public record IndicatorReport(String jurisdiction, String jurisdictionName, int year, Period period, List<Row> rows,
        List<Chart> charts) {

    /** The periods values are recorded for (indicator_value.period). */
    public enum Period {
        Y, H1, H2;

        /** How a Vietnamese report names it. */
        public String label(int year) {
            return switch (this) {
                case Y -> "Năm " + year;
                case H1 -> "6 tháng đầu năm " + year;
                case H2 -> "6 tháng cuối năm " + year;
            };
        }

        /** The first day after the period. */
        public LocalDate endExclusive(int year) {
            return this == H1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
        }

        /** The period a value is compared with for its trend: the year before, or the half-year before. */
        public Previous previous(int year) {
            return switch (this) {
                case Y -> new Previous(year - 1, Y);
                case H1 -> new Previous(year - 1, H2);
                case H2 -> new Previous(year, H1);
            };
        }
    }

    public record Previous(int year, Period period) {
    }

    /** The direction of a value against the previous period's (raw, whatever the target wants). */
    public enum Change {
        UP("TĂNG"), DOWN("GIẢM"), SAME("KHÔNG ĐỔI"), UNKNOWN("CHƯA RÕ");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Change between(BigDecimal previous, BigDecimal current) {
            if (previous == null || current == null) {
                return UNKNOWN;
            }
            int c = current.compareTo(previous);
            return c > 0 ? UP : c < 0 ? DOWN : SAME;
        }
    }

    /**
     * One line of the report; figures are null where there is none. {@code plan}, {@code goal} and
     * {@code status} are set on the rows of targets only.
     */
    public record Row(String indicatorCode, String name, String unit, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, String source, String sourceNote, String plan, BigDecimal goal, TargetStatus status,
            Change trend) {
    }

    /** A targeted indicator's yearly values from the target's first year to the report's, against the goal. */
    public record Chart(String indicatorCode, String name, String unit, List<Point> points) {
    }

    public record Point(int year, BigDecimal value, BigDecimal goal) {
    }

    /** Vietnamese label of a target's status. */
    public static String statusLabel(TargetStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case NO_DATA -> "Chưa có số liệu";
            case ON_TRACK -> "Đúng tiến độ";
            case AT_RISK -> "Có nguy cơ không đạt";
            case MET -> "Đạt";
            case MISSED -> "Không đạt";
        };
    }

    /** The title line, e.g. "Báo cáo chỉ số trẻ em - Thành phố Đà Nẵng - 6 tháng đầu năm 2026". */
    public String title() {
        return "Báo cáo chỉ số trẻ em - " + jurisdictionName + " - " + period.label(year);
    }
}
