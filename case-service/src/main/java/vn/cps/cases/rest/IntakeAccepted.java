package vn.cps.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.service.IntakeService;

/**
 * The answer to a recorded intake: the cases it opened, one per child, with their deadlines. The
 * top-level case fields repeat the first case, for clients that send one child; all are null for
 * counselling, information and silent calls.
 */
public record IntakeAccepted(UUID intakeId, String category, Instant receivedAt,
        @Schema(description = "The first case opened (the only one when the report named one child)") UUID caseId,
        String caseReference, String status, Instant emergencyDeadline, Instant planDeadline,
        @Schema(description = "Shared by the cases this report opened") UUID incidentGroupId,
        @Schema(description = "The cases opened, one per child, in the order the report named the children") List<OpenedCase> cases) {

    /** A case opened for one child of the report. */
    public record OpenedCase(UUID caseId, String caseReference, String status, Instant emergencyDeadline,
            Instant planDeadline) {

        static OpenedCase of(ChildCase c) {
            return new OpenedCase(c.id(), c.reference(), c.status().name(), c.emergencyDeadline(), c.planDeadline());
        }
    }

    static IntakeAccepted of(IntakeService.Received received) {
        var intake = received.intake();
        var c = received.first();
        return new IntakeAccepted(intake.id(), intake.category().name(), intake.receivedAt(),
                c == null ? null : c.id(), c == null ? null : c.reference(), c == null ? null : c.status().name(),
                c == null ? null : c.emergencyDeadline(), c == null ? null : c.planDeadline(),
                c == null ? null : c.incidentGroupId(), received.opened().stream().map(OpenedCase::of).toList());
    }
}
