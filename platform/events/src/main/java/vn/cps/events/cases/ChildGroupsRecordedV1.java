package vn.cps.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code vn.cps.case.child-groups-recorded.v1}: the assessment found the child in one or more of the
 * 14 groups of children in special circumstances (Law on Children Art. 10). Codes only.
 */
public record ChildGroupsRecordedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        List<String> childGroups,
        Instant recordedAt) {
}
