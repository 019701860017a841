package vn.cps.cases.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.cps.cases.domain.CaseTransfer;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.ChildGroup;
import vn.cps.cases.domain.EmergencyMeasure;
import vn.cps.cases.domain.Intake;
import vn.cps.cases.domain.PlanAction;
import vn.cps.cases.domain.Referral;
import vn.cps.cases.domain.SupportPlan;
import vn.cps.events.cases.ActionAssignedV1;
import vn.cps.events.cases.ActionCompletedV1;
import vn.cps.events.cases.CaseAssessedV1;
import vn.cps.events.cases.ChildGroupsRecordedV1;
import vn.cps.events.cases.CaseClosedV1;
import vn.cps.events.cases.CaseMergedV1;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.events.cases.CaseReopenedV1;
import vn.cps.events.cases.DeadlineEventV1;
import vn.cps.events.cases.EmergencyMeasureAppliedV1;
import vn.cps.events.cases.IntakeRecordedV1;
import vn.cps.events.cases.PlanApprovedV1;
import vn.cps.events.cases.PlanSubmittedV1;
import vn.cps.events.cases.ReferralEventV1;
import vn.cps.events.cases.TransferEventV1;

/** Maps cases to their event payloads: codes and coarse attributes only, never names or free text. */
public final class CaseEvents {

    public static final String AGGREGATE_TYPE = "case";

    private CaseEvents() {
    }

    public static CaseOpenedV1 opened(ChildCase opened, ZoneId legalZone) {
        LocalDate receivedOn = LocalDate.ofInstant(opened.receivedAt(), legalZone);
        return new CaseOpenedV1(
                opened.id(),
                opened.reference(),
                opened.intake().id(),
                opened.provinceCode(),
                opened.communeCode(),
                opened.intake().channel().name(),
                opened.intake().harmTypes().stream().map(Enum::name).sorted().toList(),
                opened.child().sex().name(),
                opened.child().ageBandOn(receivedOn),
                opened.status().name(),
                opened.receivedAt(),
                opened.emergencyDeadline(),
                opened.incidentGroupId());
    }

    /** {@code caseId} stays the first case, for readers that know one case per intake. */
    public static IntakeRecordedV1 intakeRecorded(Intake intake, java.util.List<ChildCase> opened) {
        return new IntakeRecordedV1(intake.id(), intake.channel().name(), intake.category().name(),
                intake.callerRelationship().name(), intake.provinceCode(), intake.communeCode(), intake.receivedAt(),
                opened.isEmpty() ? null : opened.get(0).id(), intake.children().size(),
                opened.stream().map(ChildCase::id).toList());
    }

    public static CaseAssessedV1 assessed(ChildCase c, boolean emergencyNeeded, Instant at) {
        return new CaseAssessedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), c.riskLevel().name(),
                emergencyNeeded, at, c.planDeadline());
    }

    public static ChildGroupsRecordedV1 childGroups(ChildCase c, java.util.Set<ChildGroup> groups, Instant at) {
        return new ChildGroupsRecordedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(),
                groups.stream().map(Enum::name).sorted().toList(), at);
    }

    public static EmergencyMeasureAppliedV1 emergencyMeasure(ChildCase c, EmergencyMeasure m) {
        return new EmergencyMeasureAppliedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), m.id(),
                m.type().name(), m.takenAt(), c.emergencyDeadline(), !m.takenAt().isAfter(c.emergencyDeadline()),
                m.separationUntil());
    }

    public static PlanSubmittedV1 planSubmitted(ChildCase c, SupportPlan p) {
        return new PlanSubmittedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), p.id(), p.cycle(),
                p.actions().size(), p.submittedAt(), c.planDeadline());
    }

    public static PlanApprovedV1 planApproved(ChildCase c, SupportPlan p) {
        return new PlanApprovedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), p.id(), p.cycle(),
                p.decidedAt(), c.planDeadline(), !p.decidedAt().isAfter(c.planDeadline()));
    }

    public static ActionAssignedV1 actionAssigned(ChildCase c, PlanAction a) {
        return new ActionAssignedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), a.plan().id(), a.id(),
                a.agencyCode(), a.dueDate());
    }

    public static ActionCompletedV1 actionCompleted(ChildCase c, PlanAction a) {
        return new ActionCompletedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), a.plan().id(), a.id(),
                a.agencyCode(), a.completedAt());
    }

    public static CaseClosedV1 closed(ChildCase c) {
        return new CaseClosedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), c.status().name(),
                c.planGoalsOutcome() == null ? null : c.planGoalsOutcome().name(), c.closedAt());
    }

    public static ReferralEventV1 referral(ChildCase c, Referral r, Instant at) {
        return new ReferralEventV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), r.id(), r.agencyCode(),
                r.planActionId(), r.status().name(), r.responseDue(), at);
    }

    public static DeadlineEventV1 deadline(ChildCase c, String deadline, Instant dueAt, Instant detectedAt) {
        return new DeadlineEventV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), deadline, dueAt, detectedAt);
    }

    public static TransferEventV1 transfer(ChildCase c, CaseTransfer t, Instant at) {
        return new TransferEventV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), t.id(),
                t.from().provinceCode(), t.from().communeCode(), t.to().provinceCode(), t.to().communeCode(),
                t.status().name(), at);
    }

    public static CaseMergedV1 merged(ChildCase c, ChildCase into, Instant at) {
        return new CaseMergedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), into.id(), into.reference(), at);
    }

    public static CaseReopenedV1 reopened(ChildCase c, String previousStatus, Instant at) {
        return new CaseReopenedV1(c.id(), c.reference(), c.provinceCode(), c.communeCode(), previousStatus, at);
    }
}
