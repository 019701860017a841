package vn.cps.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code vn.cps.case.intake-recorded.v1}: a call or report was recorded. {@code caseId} is set when
 * it opened a case (the first, when the report named several children: {@code caseIds} lists them
 * all); the place is absent when the caller gave none. Keyed by the intake id. {@code childCount} and
 * {@code caseIds} are null in events written before a report could name several children.
 */
public record IntakeRecordedV1(
        UUID intakeId,
        String channel,
        String category,
        String callerRelationship,
        String provinceCode,
        String communeCode,
        Instant receivedAt,
        UUID caseId,
        Integer childCount,
        List<UUID> caseIds) {
}
