package vn.cps.notification.rest;

import java.time.Instant;
import java.util.UUID;
import vn.cps.notification.domain.InboxEntry;
import vn.cps.notification.domain.Notification;

/**
 * An inbox entry: about a case (caseId, caseReference, deadline) or a plan (planId); {@code readAt}
 * is when you read it (each person reads on their own).
 */
public record NotificationView(UUID id, String type, boolean legalDeadline, UUID caseId, String caseReference,
        UUID planId, String agencyCode, Instant deadline, String link, Instant createdAt, Instant readAt) {

    static NotificationView of(InboxEntry entry) {
        Notification n = entry.notification();
        return new NotificationView(n.id(), n.type(), n.legalDeadline(), n.caseId(), n.caseReference(), n.planId(),
                n.recipientAgency(), n.deadline(), n.link(), n.createdAt(), entry.readAt());
    }
}
