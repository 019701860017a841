package vn.cps.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One routing rule applied to one occurrence: addressed to the people of a role in a jurisdiction
 * or at an agency. It carries no personal data: the type, the case reference, the deadline and a
 * link; the details stay in case-service. It shows in the inbox when its rule has the INBOX channel;
 * its email, SMS and webhook deliveries point to it.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "recipient_role", nullable = false)
    private String recipientRole;

    @Column(name = "recipient_jurisdiction")
    private String recipientJurisdiction;

    @Column(name = "recipient_agency")
    private String recipientAgency;

    @Column(nullable = false)
    private String type;

    @Column(name = "trigger")
    private String trigger;

    @Column(name = "rule_id")
    private UUID ruleId;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "case_reference")
    private String caseReference;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "province_code")
    private String provinceCode;

    @Column
    private Instant deadline;

    @Column(nullable = false)
    private String link;

    @Column(name = "legal_deadline", nullable = false)
    private boolean legalDeadline;

    @Column(name = "in_inbox", nullable = false)
    private boolean inInbox;

    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    /** What the rule makes of the occurrence for one address. */
    public static Notification of(RoutingRule rule, Occurrence occurrence, Occurrence.Address address, Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientRole = rule.recipientRole();
        n.recipientJurisdiction = address.jurisdiction();
        n.recipientAgency = address.agency();
        n.type = rule.notificationType().name();
        n.trigger = occurrence.trigger();
        n.ruleId = rule.id();
        n.caseId = occurrence.caseId();
        n.caseReference = occurrence.caseReference();
        n.planId = occurrence.planId();
        n.provinceCode = occurrence.province();
        n.deadline = occurrence.deadline();
        n.link = occurrence.link();
        n.legalDeadline = rule.legalDeadline();
        n.inInbox = rule.channels().contains(Channel.INBOX);
        n.sourceEventId = occurrence.sourceId();
        n.createdAt = now;
        return n;
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

    public String recipientAgency() {
        return recipientAgency;
    }

    public String type() {
        return type;
    }

    public NotificationType notificationType() {
        return NotificationType.valueOf(type);
    }

    public String trigger() {
        return trigger;
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

    public String provinceCode() {
        return provinceCode;
    }

    public Instant deadline() {
        return deadline;
    }

    public String link() {
        return link;
    }

    public boolean legalDeadline() {
        return legalDeadline;
    }

    public boolean inInbox() {
        return inInbox;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether the caller's roles, jurisdiction and agency put this entry in their inbox. */
    public boolean addressedTo(java.util.Set<String> roles, String jurisdiction, String agency) {
        if (!inInbox || !roles.contains(recipientRole)) {
            return false;
        }
        return recipientJurisdiction != null ? recipientJurisdiction.equals(jurisdiction)
                : agency != null && agency.equals(recipientAgency);
    }
}
