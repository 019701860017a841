package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code vn.cps.case.intake-recorded.v1}: a call or report was recorded. {@code caseId} is set when
 * it opened a case; the place is absent when the caller gave none. Keyed by the intake id.
 */
public record IntakeRecordedV1(
        UUID intakeId,
        String channel,
        String category,
        String callerRelationship,
        String provinceCode,
        String communeCode,
        Instant receivedAt,
        UUID caseId) {
}
