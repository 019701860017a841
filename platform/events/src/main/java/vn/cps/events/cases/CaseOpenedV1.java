package vn.cps.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code vn.cps.case.opened.v1}: a report of harm or risk opened a case.
 * Ids, codes and coarse attributes only: no names, contacts, addresses or free text.
 *
 * @param ageBand one of {@code 0-5}, {@code 6-10}, {@code 11-15}, or {@code UNKNOWN}
 * @param incidentGroupId shared by the cases opened from one report; null in events written before it existed
 */
public record CaseOpenedV1(
        UUID caseId,
        String reference,
        UUID intakeId,
        String provinceCode,
        String communeCode,
        String channel,
        List<String> harmTypes,
        String sex,
        String ageBand,
        String status,
        Instant receivedAt,
        Instant emergencyDeadline,
        UUID incidentGroupId) {
}
