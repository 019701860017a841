package vn.cps.events.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of every {@code vn.cps.case.referral-*.v1} type (requested, accepted, declined, withdrawn,
 * completed): the type names the step, {@code status} the referral's state after it.
 */
public record ReferralEventV1(
        UUID caseId,
        String reference,
        String provinceCode,
        String communeCode,
        UUID referralId,
        String agencyCode,
        UUID planActionId,
        String status,
        Instant responseDue,
        Instant occurredAt) {
}
