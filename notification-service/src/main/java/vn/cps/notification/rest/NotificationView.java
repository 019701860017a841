package vn.cps.notification.rest;

import java.time.Instant;
import java.util.UUID;
import vn.cps.notification.domain.Notification;

/** An inbox entry: about a case (caseId, caseReference, deadline) or a plan (planId). */
public record NotificationView(UUID id, String type, UUID caseId, String caseReference, UUID planId, Instant deadline,
        String link, Instant createdAt, Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.type(), n.caseId(), n.caseReference(), n.planId(), n.deadline(), n.link(),
                n.createdAt(), n.readAt());
    }
}
