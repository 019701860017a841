package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.case.closed.v1}: The case was closed after review, or found not substantiated. */
public record CaseClosedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        String outcome,
        Instant closedAt) {
}
