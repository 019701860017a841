package vn.cps.events.plans;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.cps.plan.revised.v1}: a plan in force was revised. */
public record PlanRevisedV1(UUID planId, String number, String jurisdiction, int revision, Instant revisedAt) {
}
