package vn.cps.notification.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.UUID;

/**
 * A routing rule: which trigger (an event type or a reminder) notifies which role, found where
 * (scope), through which channels. Rules are data: admins change them without a release.
 */
@Entity
@Cacheable
@Table(name = "routing_rule")
public class RoutingRule {

    /** Triggers of reminders before legal deadlines, beside event types. */
    public static final String REMINDER_PREFIX = "reminder.";

    /** Every trigger a rule may name: the event types the consumers route, and the reminders. */
    public static final Set<String> TRIGGERS = Set.of(
            "vn.cps.case.opened.v1", "vn.cps.case.assessed.v1", "vn.cps.case.emergency-measure-applied.v1",
            "vn.cps.case.plan-submitted.v1", "vn.cps.case.plan-approved.v1", "vn.cps.case.action-assigned.v1",
            "vn.cps.case.referral-requested.v1", "vn.cps.case.referral-accepted.v1",
            "vn.cps.case.referral-declined.v1", "vn.cps.case.referral-withdrawn.v1",
            "vn.cps.case.referral-completed.v1", "vn.cps.case.deadline-approaching.v1",
            "vn.cps.case.deadline-missed.v1", "vn.cps.case.closed.v1", "vn.cps.case.transferred.v1",
            "vn.cps.case.transfer-accepted.v1", "vn.cps.case.transfer-declined.v1",
            "vn.cps.plan.issued.v1", "vn.cps.plan.revised.v1", "vn.cps.plan.target-at-risk.v1",
            "vn.cps.plan.target-missed.v1", "vn.cps.plan.task-assigned.v1", "vn.cps.plan.progress-reported.v1",
            "vn.cps.plan.task-overdue.v1", "vn.cps.plan.recommendation-issued.v1",
            "vn.cps.plan.recommendation-resolved.v1",
            REMINDER_PREFIX + DeadlineReminder.EMERGENCY_MEASURES, REMINDER_PREFIX + DeadlineReminder.SUPPORT_PLAN);

    @Id
    private UUID id;

    @Column(nullable = false)
    private String trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification_type", nullable = false)
    private NotificationType notificationType;

    @Column(name = "recipient_role", nullable = false)
    private String recipientRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_scope", nullable = false)
    private RecipientScope recipientScope;

    @Column(nullable = false)
    private String channels;

    @Column(name = "legal_deadline", nullable = false)
    private boolean legalDeadline;

    @Column(nullable = false)
    private boolean enabled;

    @Column
    private String description;

    @Version
    private long version;

    protected RoutingRule() {
    }

    public static RoutingRule define(String trigger, NotificationType type, String role, RecipientScope scope,
            Set<Channel> channels, boolean legalDeadline, String description) {
        RoutingRule rule = new RoutingRule();
        rule.id = UUID.randomUUID();
        rule.trigger = trigger;
        rule.notificationType = type;
        rule.recipientRole = role;
        rule.recipientScope = scope;
        rule.channels = Channel.toList(channels);
        rule.legalDeadline = legalDeadline;
        rule.enabled = true;
        rule.description = description;
        return rule;
    }

    /** Changes what an admin may change: channels, whether it is a legal-deadline alert, on/off, the description. */
    public void change(Set<Channel> channels, boolean legalDeadline, boolean enabled, String description) {
        this.channels = Channel.toList(channels);
        this.legalDeadline = legalDeadline;
        this.enabled = enabled;
        this.description = description;
    }

    public UUID id() {
        return id;
    }

    public String trigger() {
        return trigger;
    }

    public NotificationType notificationType() {
        return notificationType;
    }

    public String recipientRole() {
        return recipientRole;
    }

    public RecipientScope recipientScope() {
        return recipientScope;
    }

    public Set<Channel> channels() {
        return Channel.parseList(channels);
    }

    public boolean legalDeadline() {
        return legalDeadline;
    }

    public boolean enabled() {
        return enabled;
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }
}
