package vn.cps.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a notification says outside the inbox, in every channel: the type in English and
 * Vietnamese, the case reference, the deadline in Vietnam's time and a link. Nothing else, so
 * that no personal data leaves case-service through a mailbox, a phone or a partner's log.
 */
public record NotificationMessage(UUID deliveryId, UUID notificationId, NotificationType type, String caseReference,
        UUID caseId, UUID planId, Instant deadline, String link, Instant createdAt, String agencyCode) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public static NotificationMessage of(Delivery delivery, Notification n, String linkBaseUrl) {
        return new NotificationMessage(delivery.id(), n.id(), n.notificationType(), n.caseReference(), n.caseId(),
                n.planId(), n.deadline(), linkBaseUrl + n.link(), n.createdAt(), n.recipientAgency());
    }

    public String subject() {
        return "[CPS] " + type.english() + " / " + type.vietnamese()
                + (caseReference == null ? "" : " – " + caseReference);
    }

    /** The plain text of an email. */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(type.vietnamese()).append(" (").append(type.english()).append(")\n\n");
        if (caseReference != null) {
            text.append("Mã vụ việc / Case: ").append(caseReference).append('\n');
        }
        if (deadline != null) {
            text.append("Hạn / Deadline: ").append(LOCAL.format(deadline)).append(" (giờ Việt Nam)\n");
        }
        text.append("Chi tiết / Details: ").append(link).append('\n');
        text.append("\nThông báo / Notification id: ").append(deliveryId).append('\n');
        return text.toString();
    }

    /** An SMS: short, in Vietnamese, with the reference, the deadline and the link. */
    public String shortText() {
        StringBuilder text = new StringBuilder("CPS: ").append(type.vietnamese());
        if (caseReference != null) {
            text.append(' ').append(caseReference);
        }
        if (deadline != null) {
            text.append(", hạn ").append(LOCAL.format(deadline));
        }
        return text.append(". ").append(link).toString();
    }

    /** The JSON body of a webhook. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", deliveryId.toString());
        body.put("notificationId", notificationId.toString());
        body.put("type", type.name());
        body.put("agencyCode", agencyCode);
        body.put("caseId", caseId == null ? null : caseId.toString());
        body.put("caseReference", caseReference);
        body.put("planId", planId == null ? null : planId.toString());
        body.put("deadline", deadline == null ? null : deadline.toString());
        body.put("link", link);
        body.put("createdAt", createdAt.toString());
        return body;
    }
}
