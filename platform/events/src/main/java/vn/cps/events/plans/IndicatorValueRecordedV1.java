package vn.cps.events.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.plan.indicator-value-recorded.v1}: A value of an indicator was recorded for a jurisdiction and a period of a year (Y, H1, H2). */
public record IndicatorValueRecordedV1(
        UUID valueId,
        String indicatorCode,
        String jurisdiction,
        int year,
        String period,
        BigDecimal value,
        String source,
        Instant recordedAt) {
}
