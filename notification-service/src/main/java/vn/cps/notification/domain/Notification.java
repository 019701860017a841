package vn.cps.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An inbox entry for everyone holding a role in one jurisdiction. It carries no personal data:
 * the case reference, the type, the deadline and a link; the details stay in case-service.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "recipient_role", nullable = false)
    private String recipientRole;

    @Column(name = "recipient_jurisdiction", nullable = false)
    private String recipientJurisdiction;

    @Column(nullable = false)
    private String type;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "case_reference")
    private String caseReference;

    @Column(name = "plan_id")
    private UUID planId;

    @Column
    private Instant deadline;

    @Column(nullable = false)
    private String link;

    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by")
    private String readBy;

    protected Notification() {
    }

    /** A new case needs the commune's child-protection officers: the emergency clock is running. */
    public static Notification caseOpened(String recipientRole, String communeCode, UUID caseId, String caseReference,
            Instant emergencyDeadline, String sourceEventId, Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientRole = recipientRole;
        n.recipientJurisdiction = communeCode;
        n.type = NotificationType.CASE_OPENED.name();
        n.caseId = caseId;
        n.caseReference = caseReference;
        n.deadline = emergencyDeadline;
        n.link = "/api/v1/cases/" + caseId;
        n.sourceEventId = sourceEventId;
        n.createdAt = now;
        return n;
    }

    /**
     * A target of a plan fell behind or was missed: the plan managers of the target's jurisdiction
     * must act. Figures stay in plan-service; the entry links to the plan's targets.
     */
    public static Notification targetBehind(String recipientRole, String jurisdiction, UUID planId,
            NotificationType type, String sourceEventId, Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientRole = recipientRole;
        n.recipientJurisdiction = jurisdiction;
        n.type = type.name();
        n.planId = planId;
        n.link = "/api/v1/plans/" + planId + "/targets";
        n.sourceEventId = sourceEventId;
        n.createdAt = now;
        return n;
    }

    /** Marks the entry read; reading it again keeps the first reader and time. */
    public void markRead(String userId, Instant now) {
        if (readAt == null) {
            readAt = now;
            readBy = userId;
        }
    }

    public UUID id() {
        return id;
    }

    public String recipientRole() {
        return recipientRole;
    }

    public String recipientJurisdiction() {
        return recipientJurisdiction;
    }

    public String type() {
        return type;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID planId() {
        return planId;
    }

    public String caseReference() {
        return caseReference;
    }

    public Instant deadline() {
        return deadline;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
