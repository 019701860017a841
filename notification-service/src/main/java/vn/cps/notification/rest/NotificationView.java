package vn.cps.notification.rest;

import java.time.Instant;
import java.util.UUID;
import vn.cps.notification.domain.Notification;

public record NotificationView(UUID id, String type, UUID caseId, String caseReference, Instant deadline, String link,
        Instant createdAt, Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.type(), n.caseId(), n.caseReference(), n.deadline(), n.link(),
                n.createdAt(), n.readAt());
    }
}
