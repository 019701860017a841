package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.case.plan-submitted.v1}: A support/intervention plan (Mẫu 04) was submitted for approval. */
public record PlanSubmittedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        UUID planId,
        int cycle,
        int actionCount,
        Instant submittedAt,
        Instant planDeadline) {
}
