package vn.cps.events.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.cps.case.emergency-measure-applied.v1}: An emergency measure was decided and taken. */
public record EmergencyMeasureAppliedV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        UUID measureId,
        String measureType,
        Instant takenAt,
        Instant emergencyDeadline,
        boolean withinDeadline,
        LocalDate separationUntil) {
}
