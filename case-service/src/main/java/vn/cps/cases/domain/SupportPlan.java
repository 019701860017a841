package vn.cps.cases.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cps.platform.text.VietnameseText;

/** A support/intervention plan (kế hoạch hỗ trợ, can thiệp; Mẫu 04) of one cycle of a case. */
@Entity
@Table(name = "support_plan")
public class SupportPlan {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(nullable = false, length = 4000)
    private String goals;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    private List<PlanAction> actions = new ArrayList<>();

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    protected SupportPlan() {
    }

    /** One action to be added to a new plan. */
    public record ActionDraft(String description, String agencyCode, String assignee, LocalDate dueDate) {
    }

    public static SupportPlan submit(UUID caseId, int cycle, String goals, List<ActionDraft> actions, String userId,
            Instant now) {
        if (actions.isEmpty()) {
            throw new CaseRuleViolation("actions", "a plan assigns at least one action");
        }
        SupportPlan plan = new SupportPlan();
        plan.id = UUID.randomUUID();
        plan.caseId = caseId;
        plan.cycle = cycle;
        plan.status = PlanStatus.SUBMITTED;
        plan.goals = VietnameseText.nfc(goals);
        for (ActionDraft draft : actions) {
            plan.actions.add(new PlanAction(plan, draft.description(), draft.agencyCode(), draft.assignee(), draft.dueDate()));
        }
        plan.submittedBy = userId;
        plan.submittedAt = now;
        return plan;
    }

    void approve(String userId, String note, Instant now) {
        requireSubmitted();
        status = PlanStatus.APPROVED;
        decide(userId, note, now);
    }

    public void returnForRevision(String userId, String note, Instant now) {
        requireSubmitted();
        status = PlanStatus.RETURNED;
        decide(userId, note, now);
    }

    void supersede() {
        status = PlanStatus.SUPERSEDED;
    }

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw new CaseRuleViolation("planId", "the plan is " + status + ", not waiting for a decision");
        }
    }

    private void decide(String userId, String note, Instant now) {
        decidedBy = userId;
        decidedAt = now;
        decisionNote = VietnameseText.nfc(note);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public int cycle() {
        return cycle;
    }

    public PlanStatus status() {
        return status;
    }

    public String goals() {
        return goals;
    }

    public List<PlanAction> actions() {
        return actions;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
