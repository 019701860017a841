package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.case.plan-approved.v1}: A support/intervention plan was approved (Mẫu 05); the case is in support. */
public record PlanApprovedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        UUID planId,
        int cycle,
        Instant approvedAt,
        Instant planDeadline,
        boolean withinDeadline) {
}
