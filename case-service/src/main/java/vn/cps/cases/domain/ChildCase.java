package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.cps.platform.security.Scoped;

/** A child protection case (hồ sơ) opened from a report of harm or risk. */
@Entity
@Table(name = "child_case")
public class ChildCase implements Scoped {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "intake_id", nullable = false)
    private Intake intake;

    /** The child of this case, one of those the intake named. */
    @OneToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false, unique = true)
    private IntakeChild child;

    /** The household or incident: every case opened from one report shares it. Carried in events, never names. */
    @Column(name = "incident_group_id", nullable = false)
    private UUID incidentGroupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    private String communeCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** Emergency measures are due within 12 hours of receiving the report (Decree 56/2017, Art. 26). */
    @Column(name = "emergency_deadline", nullable = false)
    private Instant emergencyDeadline;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** The support plan is due within 5 working days of receipt (Decree 56/2017, Art. 27-28). */
    @Column(name = "plan_deadline", nullable = false)
    private Instant planDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    private RiskLevel riskLevel;

    /** Unknown until assessed; true once an assessment or a measure says emergency measures are due. */
    @Column(name = "emergency_needed")
    private Boolean emergencyNeeded;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "first_emergency_measure_at")
    private Instant firstEmergencyMeasureAt;

    @Column(name = "first_plan_approved_at")
    private Instant firstPlanApprovedAt;

    @Column(name = "plan_cycles", nullable = false)
    private int planCycles;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_goals_outcome")
    private PlanGoalsOutcome planGoalsOutcome;

    @Column(name = "last_change_at", nullable = false)
    private Instant lastChangeAt;

    @Column(name = "merged_into")
    private UUID mergedInto;

    @Version
    private long version;

    protected ChildCase() {
    }

    /**
     * Opens a case in {@link CaseStatus#RECEIVED} for one child of a report of harm; the emergency
     * clock runs from receipt, for each child alike.
     */
    public static ChildCase openFrom(Intake intake, IntakeChild child, UUID incidentGroupId, CaseReference reference,
            Duration emergencyWindow, Instant planDeadline, Instant now) {
        if (!intake.children().contains(child)) {
            throw new IllegalArgumentException("the child is not one the intake named");
        }
        ChildCase opened = new ChildCase();
        opened.id = UUID.randomUUID();
        opened.reference = reference.value();
        opened.intake = intake;
        opened.child = child;
        opened.incidentGroupId = incidentGroupId;
        opened.status = CaseStatus.RECEIVED;
        opened.provinceCode = intake.provinceCode();
        opened.communeCode = intake.communeCode();
        opened.receivedAt = intake.receivedAt();
        opened.emergencyDeadline = intake.receivedAt().plus(emergencyWindow);
        opened.openedAt = now;
        opened.planDeadline = planDeadline;
        opened.lastChangeAt = now;
        return opened;
    }

    private void step(CaseAction action, Instant now) {
        if (!action.allowedFrom(status)) {
            throw new IllegalTransition(status, action);
        }
        status = action.target();
        lastChangeAt = now;
    }

    /** Records the initial assessment (Mẫu 02): RECEIVED or REOPENED to ASSESSED. */
    public void assess(InitialAssessment assessment, Instant now) {
        step(CaseAction.ASSESS, now);
        riskLevel = assessment.overall();
        emergencyNeeded = Boolean.TRUE.equals(emergencyNeeded) || assessment.emergencyNeeded();
        assessedAt = now;
    }

    /** The specific assessment and case meeting (Mẫu 03) refine the risk while the case is assessed or in support. */
    public void recordCaseMeeting(CaseMeeting meeting, Instant now) {
        if (status != CaseStatus.ASSESSED && status != CaseStatus.IN_SUPPORT) {
            throw new IllegalTransition(status, CaseStep.RECORD_CASE_MEETING);
        }
        riskLevel = meeting.overall();
        lastChangeAt = now;
    }

    /** An emergency measure can be taken at any time while the case is open; the first one meets the 12-hour deadline. */
    public void recordEmergencyMeasure(EmergencyMeasure measure, Instant now) {
        if (isEnded()) {
            throw new IllegalTransition(status, CaseStep.RECORD_EMERGENCY_MEASURE);
        }
        emergencyNeeded = true;
        if (firstEmergencyMeasureAt == null || measure.takenAt().isBefore(firstEmergencyMeasureAt)) {
            firstEmergencyMeasureAt = measure.takenAt();
        }
        lastChangeAt = now;
    }

    /** A plan can be submitted once the case is assessed, and for each later cycle while in support. */
    public int nextPlanCycle() {
        if (status != CaseStatus.ASSESSED && status != CaseStatus.IN_SUPPORT) {
            throw new IllegalTransition(status, CaseStep.SUBMIT_PLAN);
        }
        return planCycles + 1;
    }

    /** Approves the submitted plan (Mẫu 05); the plan in force before it is superseded. */
    public void approvePlan(SupportPlan plan, SupportPlan inForce, String userId, String note, Instant now) {
        step(CaseAction.APPROVE_PLAN, now);
        plan.approve(userId, note, now);
        if (inForce != null) {
            inForce.supersede();
        }
        planCycles = Math.max(planCycles, plan.cycle());
        if (firstPlanApprovedAt == null) {
            firstPlanApprovedAt = now;
        }
    }

    /** Closes after review (Mẫu 06): the child is no longer at risk; the review may say whether the plan's goals were met. */
    public void close(PlanGoalsOutcome goals, Instant now) {
        step(CaseAction.CLOSE, now);
        closedAt = now;
        planGoalsOutcome = goals;
    }

    /** Verification found no harm or risk. */
    public void dismiss(Instant now) {
        step(CaseAction.DISMISS, now);
        closedAt = now;
    }

    public CaseStatus reopen(Instant now) {
        CaseStatus previous = status;
        step(CaseAction.REOPEN, now);
        closedAt = null;
        planGoalsOutcome = null;
        return previous;
    }

    /** A transfer was accepted: the receiving commune owns the case from now on. */
    void moveTo(Location owner, Instant now) {
        provinceCode = owner.provinceCode();
        communeCode = owner.communeCode();
        lastChangeAt = now;
    }

    /** Any recorded change bumps the version, so If-Match guards every step. */
    public void touch(Instant now) {
        lastChangeAt = now;
    }

    /** Confirmed as a duplicate: this case ends, and its report now belongs to the earlier case. */
    public void mergeInto(ChildCase earlier, Instant now) {
        if (earlier.id.equals(id) || earlier.isEnded()) {
            throw new CaseRuleViolation("candidateCaseId", "a case is merged only into another open case");
        }
        step(CaseAction.MERGE, now);
        mergedInto = earlier.id;
        closedAt = now;
        earlier.lastChangeAt = now;
    }

    public boolean isEnded() {
        return status == CaseStatus.CLOSED || status == CaseStatus.NOT_SUBSTANTIATED || status == CaseStatus.MERGED;
    }

    public UUID mergedInto() {
        return mergedInto;
    }

    /** The emergency-measure deadline: applies unless the assessment found no emergency. */
    public Deadline emergencyDeadlineAt(Duration warning, Instant now) {
        boolean applies = !Boolean.FALSE.equals(emergencyNeeded) && status != CaseStatus.MERGED
                && !(status == CaseStatus.NOT_SUBSTANTIATED && firstEmergencyMeasureAt == null);
        return Deadline.evaluate("EMERGENCY_MEASURES", emergencyDeadline, firstEmergencyMeasureAt, applies, warning, now);
    }

    /** The support-plan deadline: 5 working days after receipt, met by the first approved plan. */
    public Deadline planDeadlineAt(Duration warning, Instant now) {
        boolean applies = status != CaseStatus.MERGED
                && (status != CaseStatus.NOT_SUBSTANTIATED || firstPlanApprovedAt != null);
        return Deadline.evaluate("SUPPORT_PLAN", planDeadline, firstPlanApprovedAt, applies, warning, now);
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public ChildDetails child() {
        return child.details();
    }

    public IntakeChild intakeChild() {
        return child;
    }

    public UUID incidentGroupId() {
        return incidentGroupId;
    }

    public Intake intake() {
        return intake;
    }

    public CaseStatus status() {
        return status;
    }

    @Override
    public String provinceCode() {
        return provinceCode;
    }

    @Override
    public String communeCode() {
        return communeCode;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant emergencyDeadline() {
        return emergencyDeadline;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant planDeadline() {
        return planDeadline;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public Boolean emergencyNeeded() {
        return emergencyNeeded;
    }

    public PlanGoalsOutcome planGoalsOutcome() {
        return planGoalsOutcome;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int planCycles() {
        return planCycles;
    }

    public long version() {
        return version;
    }
}
