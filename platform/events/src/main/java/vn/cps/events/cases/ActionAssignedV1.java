package vn.cps.events.cases;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.cps.case.action-assigned.v1}: A plan action was assigned to an agency. */
public record ActionAssignedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        UUID planId,
        UUID actionId,
        String agencyCode,
        LocalDate dueDate) {
}
