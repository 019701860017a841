package vn.cps.events.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.plan.target-at-risk.v1} and {@code vn.cps.plan.target-missed.v1} */
public record TargetStatusV1(
        UUID planId,
        UUID targetId,
        String indicatorCode,
        String jurisdiction,
        String status,
        BigDecimal actual,
        BigDecimal goal,
        BigDecimal expected,
        Instant evaluatedAt) {
}
