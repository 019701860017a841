package vn.cps.events.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code vn.cps.notification.delivered.v1} and {@code vn.cps.notification.failed.v1}: one
 * delivery of a notification through one channel reached its receiver, or was given up after its
 * attempts. No addresses: a webhook is named by its agency, a person not at all.
 *
 * @param reason why the last attempt failed (e.g. {@code HTTP 500}, {@code TIMEOUT}); null when delivered
 */
public record DeliveryOutcomeV1(
        UUID deliveryId,
        UUID notificationId,
        String notificationType,
        String channel,
        String agencyCode,
        UUID caseId,
        UUID planId,
        String provinceCode,
        int attempts,
        String reason,
        Instant occurredAt) {
}
