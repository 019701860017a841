package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code vn.cps.case.deadline-approaching.v1} and {@code vn.cps.case.deadline-missed.v1}. */
public record DeadlineEventV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        String deadline,
        Instant dueAt,
        Instant detectedAt) {
}
