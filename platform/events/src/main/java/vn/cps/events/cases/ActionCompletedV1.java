package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.case.action-completed.v1}: A plan action was completed. */
public record ActionCompletedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        UUID planId,
        UUID actionId,
        String agencyCode,
        Instant completedAt) {
}
