package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code vn.cps.case.transferred.v1}, {@code transfer-accepted.v1} and
 * {@code transfer-declined.v1}. {@code provinceCode}/{@code communeCode} name the owner after the step.
 */
public record TransferEventV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        UUID transferId,
        String fromProvinceCode,
        String fromCommuneCode,
        String toProvinceCode,
        String toCommuneCode,
        String status,
        Instant occurredAt) {
}
