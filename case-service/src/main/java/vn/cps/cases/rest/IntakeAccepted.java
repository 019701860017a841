package vn.cps.cases.rest;

import java.time.Instant;
import java.util.UUID;
import vn.cps.cases.service.IntakeService;

/**
 * The answer to a recorded intake: the case it opened, if it reported harm, with its deadlines.
 * The case fields are null for counselling, information and silent calls.
 */
public record IntakeAccepted(UUID intakeId, String category, Instant receivedAt, UUID caseId, String caseReference,
        String status, Instant emergencyDeadline, Instant planDeadline) {

    static IntakeAccepted of(IntakeService.Received received) {
        var intake = received.intake();
        var c = received.opened();
        return new IntakeAccepted(intake.id(), intake.category().name(), intake.receivedAt(),
                c == null ? null : c.id(), c == null ? null : c.reference(), c == null ? null : c.status().name(),
                c == null ? null : c.emergencyDeadline(), c == null ? null : c.planDeadline());
    }
}
