package vn.cps.reporting.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** How a time range is cut into periods; each period is named by a label such as 2025-Q1. */
public enum Period {
    DAY("day"),
    MONTH("month"),
    QUARTER("quarter"),
    HALF("half-year"),
    YEAR("year");

    private final String parameter;

    Period(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<Period> fromParameter(String value) {
        return Arrays.stream(values()).filter(p -> p.parameter.equals(value)).findFirst();
    }

    /** The first day of the period that holds the date. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF -> LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    /** The label of the period starting on the date: 2025-03-04, 2025-03, 2025-Q1, 2025-H1, 2025. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF -> start.getYear() + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** The SQL expression of the period's first day, from a date column. */
    public String sqlStart(String column) {
        return switch (this) {
            case DAY -> column;
            case MONTH -> "date_trunc('month', " + column + ")::date";
            case QUARTER -> "date_trunc('quarter', " + column + ")::date";
            case HALF -> "make_date(extract(year from " + column + ")::int, CASE WHEN extract(month from " + column
                    + ") <= 6 THEN 1 ELSE 7 END, 1)";
            case YEAR -> "date_trunc('year', " + column + ")::date";
        };
    }
}
