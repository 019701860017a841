package vn.cps.events.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code vn.cps.reporting.indicator-measured.v1}: an indicator computed from case data for a jurisdiction
 * (nation VN, province or commune) and a period of a year, for plan-service.
 *
 * @param period      {@code Y} the whole year (to date while it runs), {@code H1} January to June,
 *                    {@code H2} July to December; absent in events published before periods existed,
 *                    which were yearly
 * @param numerator   for a share, the count it is taken of; null for a count
 * @param denominator for a share, the count it is taken over; null for a count
 */
public record IndicatorMeasuredV1(String indicatorCode, String jurisdiction, int year, String period,
        BigDecimal value, BigDecimal numerator, BigDecimal denominator, Instant measuredAt) {

    public static final String YEAR = "Y";

    /** The period, yearly when the event predates periods. */
    public String periodOrYear() {
        return period == null ? YEAR : period;
    }
}
