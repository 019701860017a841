package vn.cps.cases.rest;

import java.time.Instant;
import java.util.UUID;
import vn.cps.cases.domain.ChildCase;

/** The answer to an accepted report: the case it opened and its emergency deadline. */
public record IntakeAccepted(UUID intakeId, UUID caseId, String caseReference, String status, Instant receivedAt,
        Instant emergencyDeadline) {

    static IntakeAccepted of(ChildCase opened) {
        return new IntakeAccepted(opened.intake().id(), opened.id(), opened.reference(), opened.status().name(),
                opened.receivedAt(), opened.emergencyDeadline());
    }
}
