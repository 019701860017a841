package vn.cps.events.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payload of {@code vn.cps.plan.task-assigned.v1}, {@code progress-reported.v1} and {@code task-overdue.v1}. */
public record TaskEventV1(
        UUID planId,
        UUID taskId,
        String jurisdiction,
        String leadAgency,
        List<String> coordinatingAgencies,
        LocalDate dueDate,
        String reportingAgency,
        String status,
        Instant occurredAt) {
}
