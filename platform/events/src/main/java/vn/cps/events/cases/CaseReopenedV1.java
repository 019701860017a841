package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.case.reopened.v1}: A closed or not substantiated case was reopened. */
public record CaseReopenedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        String previousStatus,
        Instant reopenedAt) {
}
