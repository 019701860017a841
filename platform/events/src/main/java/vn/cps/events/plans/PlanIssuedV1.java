package vn.cps.events.plans;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.cps.plan.issued.v1}: A plan was issued. */
public record PlanIssuedV1(
        UUID planId,
        String number,
        String jurisdiction,
        int periodStartYear,
        int periodEndYear,
        UUID parentPlanId,
        LocalDate issueDate) {
}
