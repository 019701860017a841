package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.cps.platform.text.VietnameseText;

/** One action of a support plan, assigned to an agency (police, health, school, ...). */
@Entity
@Table(name = "plan_action")
public class PlanAction {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SupportPlan plan;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    /** The person in the agency who carries it out, when named. */
    @Column
    private String assignee;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "outcome", length = 2000)
    private String outcome;

    protected PlanAction() {
    }

    PlanAction(SupportPlan plan, String description, String agencyCode, String assignee, LocalDate dueDate) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.description = VietnameseText.nfc(description);
        this.agencyCode = agencyCode;
        this.assignee = VietnameseText.nfc(assignee);
        this.dueDate = dueDate;
        this.status = ActionStatus.ASSIGNED;
    }

    /** Records the action as done; only an action of the plan in force can be completed, and only once. */
    public void complete(String userId, String outcome, Instant now) {
        if (plan.status() != PlanStatus.APPROVED) {
            throw new CaseRuleViolation("planId", "only actions of the approved plan can be completed");
        }
        if (status != ActionStatus.ASSIGNED) {
            throw new CaseRuleViolation("actionId", "the action is already " + status);
        }
        this.status = ActionStatus.DONE;
        this.completedAt = now;
        this.completedBy = userId;
        this.outcome = VietnameseText.nfc(outcome);
    }

    public UUID id() {
        return id;
    }

    public SupportPlan plan() {
        return plan;
    }

    public String description() {
        return description;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String assignee() {
        return assignee;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionStatus status() {
        return status;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String outcome() {
        return outcome;
    }
}
