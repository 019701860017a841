package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.case.assessed.v1}: The initial assessment (Mẫu 02) was recorded. */
public record CaseAssessedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        String riskLevel,
        boolean emergencyNeeded,
        Instant assessedAt,
        Instant planDeadline) {
}
