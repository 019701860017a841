package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.case.merged.v1}: the case duplicated an earlier open case of the same child and was merged into it. */
public record CaseMergedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        UUID mergedIntoCaseId,
        String mergedIntoReference,
        Instant mergedAt) {
}
