package vn.cps.events.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code vn.cps.plan.recommendation-issued.v1} and {@code recommendation-resolved.v1}. */
public record RecommendationEventV1(
        UUID inspectionId,
        UUID recommendationId,
        String jurisdiction,
        String agencyCode,
        LocalDate dueDate,
        String status,
        Instant occurredAt) {
}
