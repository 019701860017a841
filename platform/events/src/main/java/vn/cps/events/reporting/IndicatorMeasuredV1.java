package vn.cps.events.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code vn.cps.reporting.indicator-measured.v1}: an indicator computed from case data, for plan-service. */
public record IndicatorMeasuredV1(String indicatorCode, String jurisdiction, int year, BigDecimal value,
        Instant measuredAt) {
}
