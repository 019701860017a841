package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code vn.cps.case.closed.v1}: The case was closed after review, or found not substantiated.
 *
 * @param goalsOutcome for a case closed after review, whether the support plan's goals were met
 *                     (MET, PARTLY_MET, NOT_MET); null when not stated
 */
public record CaseClosedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        String outcome,
        String goalsOutcome,
        Instant closedAt) {
}
