package vn.cps.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reminder before one legal deadline of one case: scheduled when a case event announces the
 * deadline, cancelled when another says it was met or no longer applies, sent once when its time
 * comes, and never sent once the deadline itself has passed (the missed alert takes over).
 */
@Entity
@Table(name = "deadline_reminder")
public class DeadlineReminder {

    public enum Status { SCHEDULED, SENT, CANCELLED, EXPIRED }

    public static final String EMERGENCY_MEASURES = "EMERGENCY_MEASURES";
    public static final String SUPPORT_PLAN = "SUPPORT_PLAN";

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "case_reference", nullable = false)
    private String caseReference;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "commune_code")
    private String communeCode;

    @Column(nullable = false)
    private String deadline;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DeadlineReminder() {
    }

    public static DeadlineReminder schedule(UUID caseId, String caseReference, String provinceCode, String communeCode,
            String deadline, Instant dueAt, Instant remindAt, Instant now) {
        DeadlineReminder r = new DeadlineReminder();
        r.id = UUID.randomUUID();
        r.caseId = caseId;
        r.caseReference = caseReference;
        r.provinceCode = provinceCode;
        r.communeCode = communeCode;
        r.deadline = deadline;
        r.dueAt = dueAt;
        r.remindAt = remindAt.isAfter(dueAt) ? dueAt : remindAt;
        r.status = Status.SCHEDULED;
        r.updatedAt = now;
        return r;
    }

    /** A later event states the deadline with authority (e.g. the assessment's plan deadline). */
    public void reschedule(Instant dueAt, Instant remindAt, Instant now) {
        if (status == Status.SCHEDULED) {
            this.dueAt = dueAt;
            this.remindAt = remindAt.isAfter(dueAt) ? dueAt : remindAt;
            this.updatedAt = now;
        }
    }

    /** The deadline was met or no longer applies; a reminder not yet sent is not sent. */
    public void cancel(String reason, Instant now) {
        if (status == Status.SCHEDULED) {
            status = Status.CANCELLED;
            statusReason = reason;
            updatedAt = now;
        }
    }

    /** The case moved to another commune: the reminder goes to the new owner. */
    public void moveTo(String provinceCode, String communeCode, Instant now) {
        if (status == Status.SCHEDULED) {
            this.provinceCode = provinceCode;
            this.communeCode = communeCode;
            this.updatedAt = now;
        }
    }

    /**
     * Its time came: what to route, or nothing when the deadline already passed (the reminder was
     * held up, e.g. events arrived late), in which case it expires unsent.
     */
    public List<Occurrence> fire(Instant now) {
        if (status != Status.SCHEDULED) {
            return List.of();
        }
        updatedAt = now;
        if (!dueAt.isAfter(now)) {
            status = Status.EXPIRED;
            statusReason = "deadline passed before the reminder was due to go out";
            return List.of();
        }
        status = Status.SENT;
        return List.of(new Occurrence(RoutingRule.REMINDER_PREFIX + deadline, id + ":" + deadline, caseId,
                caseReference, null, provinceCode, communeCode, null, List.of(), dueAt, "/api/v1/cases/" + caseId));
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseReference() {
        return caseReference;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String communeCode() {
        return communeCode;
    }

    public String deadline() {
        return deadline;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant remindAt() {
        return remindAt;
    }

    public Status status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
