package vn.cps.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.cps.cases.config.CaseConfig;
import vn.cps.cases.domain.CaseMeeting;
import vn.cps.cases.domain.ChildCase;
import vn.cps.cases.domain.ChildGroup;
import vn.cps.cases.domain.PlanGoalsOutcome;
import vn.cps.cases.domain.EmergencyMeasure;
import vn.cps.cases.domain.EmergencyMeasureType;
import vn.cps.cases.domain.InitialAssessment;
import vn.cps.cases.domain.MatchSuggestion;
import vn.cps.cases.domain.PlanAction;
import vn.cps.cases.domain.PlanStatus;
import vn.cps.cases.domain.RiskFactors;
import vn.cps.cases.domain.SupportPlan;
import vn.cps.cases.domain.TimelineEntry;
import vn.cps.cases.messaging.CaseEvents;
import vn.cps.cases.persistence.CaseRecords;
import vn.cps.cases.persistence.ReferralRepository;
import vn.cps.events.EventTypes;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;

/**
 * The steps of a case under Decree 56/2017, each one transaction: the check of scope and version,
 * the change, a timeline entry and the event, together or not at all.
 */
@ApplicationScoped
public class CaseProcess {

    private final CaseRecords records;
    private final ReferralRepository referrals;
    private final CaseAccess access;
    private final Outbox outbox;
    private final Caller caller;
    private final CaseConfig config;
    private final Clock clock = Clock.systemUTC();

    CaseProcess(CaseRecords records, ReferralRepository referrals, CaseAccess access, Outbox outbox, Caller caller,
            CaseConfig config) {
        this.records = records;
        this.referrals = referrals;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
    }

    /** The factors of an initial assessment (Mẫu 02). */
    public record Assessment(RiskFactors factors, boolean emergencyNeeded, Set<ChildGroup> childGroups, String notes) {
    }

    /** What a step produced, with the case as it now is (its version is the new ETag). */
    public record Outcome<T>(ChildCase caseAfter, T result) {
    }

    /** An emergency measure as decided. */
    public record Measure(EmergencyMeasureType type, Instant takenAt, LocalDate separationUntil, String notes) {
    }

    @Transactional
    public ChildCase assess(UUID caseId, String ifMatch, Assessment a) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        InitialAssessment assessment = new InitialAssessment(c.id(), a.factors(), a.emergencyNeeded(),
                a.childGroups(), a.notes(), caller.userId(), now);
        DomainRefusals.run(() -> c.assess(assessment, now));
        records.add(assessment);
        step(c, "Initial assessment recorded: risk " + c.riskLevel() + (a.emergencyNeeded() ? ", emergency measures needed" : ""), now);
        publish(c, EventTypes.CASE_ASSESSED_V1, CaseEvents.assessed(c, a.emergencyNeeded(), now));
        if (!a.childGroups().isEmpty()) {
            publish(c, EventTypes.CASE_CHILD_GROUPS_RECORDED_V1, CaseEvents.childGroups(c, a.childGroups(), now));
        }
        return c;
    }

    /** The specific assessment and case meeting (Mẫu 03). */
    public record Meeting(LocalDate heldOn, List<String> participants, RiskFactors factors, String conclusions) {
    }

    @Transactional
    public Outcome<CaseMeeting> recordCaseMeeting(UUID caseId, String ifMatch, Meeting m) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        CaseMeeting meeting = DomainRefusals.translate(() -> new CaseMeeting(c.id(), m.heldOn(), m.participants(),
                m.factors(), m.conclusions(), caller.userId(), now, LocalDate.ofInstant(now, config.legalZone())));
        DomainRefusals.run(() -> c.recordCaseMeeting(meeting, now));
        records.add(meeting);
        step(c, "Case meeting of " + m.heldOn() + " recorded with " + String.join(", ", m.participants())
                + ": risk " + c.riskLevel(), now);
        return new Outcome<>(c, meeting);
    }

    @Transactional
    public Outcome<EmergencyMeasure> recordEmergencyMeasure(UUID caseId, String ifMatch, Measure m) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        EmergencyMeasure measure = DomainRefusals.translate(() -> EmergencyMeasure.decide(c.id(), m.type(),
                m.takenAt() == null ? now : m.takenAt(), m.separationUntil(), m.notes(), caller.userId(),
                config.legalZone(), now));
        DomainRefusals.run(() -> c.recordEmergencyMeasure(measure, now));
        records.add(measure);
        step(c, "Emergency measure " + measure.type() + " taken", now);
        publish(c, EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1, CaseEvents.emergencyMeasure(c, measure));
        return new Outcome<>(c, measure);
    }

    /** Extends a temporary separation (the chair decides; at most 15 more days each time). */
    @Transactional
    public Outcome<EmergencyMeasure> extendSeparation(UUID caseId, UUID measureId, String ifMatch, LocalDate until,
            String reason) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        if (c.isEnded()) {
            throw ProblemException.conflict("The case is " + c.status());
        }
        EmergencyMeasure measure = records.measure(c.id(), measureId)
                .orElseThrow(() -> ProblemException.notFound("Emergency measure", measureId));
        DomainRefusals.run(() -> measure.extendSeparation(until, LocalDate.ofInstant(now, config.legalZone())));
        c.touch(now);
        step(c, "Temporary separation extended to " + until + ": " + reason, now);
        return new Outcome<>(c, measure);
    }

    @Transactional
    public Outcome<SupportPlan> submitPlan(UUID caseId, String ifMatch, String goals, List<SupportPlan.ActionDraft> actions) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        if (records.planWithStatus(c.id(), PlanStatus.SUBMITTED).isPresent()) {
            throw ProblemException.conflict("A plan of this case is already waiting for approval");
        }
        int cycle = DomainRefusals.translate(() -> c.nextPlanCycle());
        SupportPlan plan = DomainRefusals.translate(() -> SupportPlan.submit(c.id(), cycle, goals, actions, caller.userId(), now));
        records.add(plan);
        c.touch(now);
        step(c, "Support plan of cycle " + cycle + " submitted with " + actions.size() + " action(s)", now);
        publish(c, EventTypes.CASE_PLAN_SUBMITTED_V1, CaseEvents.planSubmitted(c, plan));
        return new Outcome<>(c, plan);
    }

    @Transactional
    public Outcome<SupportPlan> approvePlan(UUID caseId, UUID planId, String ifMatch, String note) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        SupportPlan plan = records.plan(c.id(), planId).orElseThrow(() -> ProblemException.notFound("Plan", planId));
        SupportPlan inForce = records.planWithStatus(c.id(), PlanStatus.APPROVED).orElse(null);
        DomainRefusals.run(() -> c.approvePlan(plan, inForce, caller.userId(), note, now));
        records.flush();
        step(c, "Support plan of cycle " + plan.cycle() + " approved", now);
        publish(c, EventTypes.CASE_PLAN_APPROVED_V1, CaseEvents.planApproved(c, plan));
        for (PlanAction action : plan.actions()) {
            publish(c, EventTypes.CASE_ACTION_ASSIGNED_V1, CaseEvents.actionAssigned(c, action));
        }
        return new Outcome<>(c, plan);
    }

    @Transactional
    public Outcome<SupportPlan> returnPlan(UUID caseId, UUID planId, String ifMatch, String note) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        SupportPlan plan = records.plan(c.id(), planId).orElseThrow(() -> ProblemException.notFound("Plan", planId));
        DomainRefusals.run(() -> plan.returnForRevision(caller.userId(), note, now));
        c.touch(now);
        step(c, "Support plan of cycle " + plan.cycle() + " returned for revision", now);
        return new Outcome<>(c, plan);
    }

    @Transactional
    public Outcome<PlanAction> completeAction(UUID caseId, UUID planId, UUID actionId, String ifMatch, String outcome) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        PlanAction action = records.action(planId, actionId)
                .filter(a -> a.plan().caseId().equals(c.id()))
                .orElseThrow(() -> ProblemException.notFound("Action", actionId));
        DomainRefusals.run(() -> action.complete(caller.userId(), outcome, now));
        c.touch(now);
        step(c, "Action for " + action.agencyCode() + " completed", now);
        publish(c, EventTypes.CASE_ACTION_COMPLETED_V1, CaseEvents.actionCompleted(c, action));
        return new Outcome<>(c, action);
    }

    @Transactional
    public ChildCase close(UUID caseId, String ifMatch, String reason, PlanGoalsOutcome goals) {
        ChildCase c = forChange(caseId, ifMatch);
        long open = referrals.open(c.id());
        if (open > 0) {
            // the loop closes before the case does: each referral is completed, declined or withdrawn
            throw ProblemException.conflict(open + " referral(s) of this case are still open; "
                    + "they must be completed, declined or withdrawn first");
        }
        Instant now = clock.instant();
        DomainRefusals.run(() -> c.close(goals, now));
        step(c, "Closed after review" + (goals == null ? "" : " (plan goals " + goals + ")") + ": " + reason, now);
        publish(c, EventTypes.CASE_CLOSED_V1, CaseEvents.closed(c));
        return c;
    }

    @Transactional
    public ChildCase dismiss(UUID caseId, String ifMatch, String reason) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        DomainRefusals.run(() -> c.dismiss(now));
        step(c, "Not substantiated after verification: " + reason, now);
        publish(c, EventTypes.CASE_CLOSED_V1, CaseEvents.closed(c));
        return c;
    }

    @Transactional
    public ChildCase reopen(UUID caseId, String ifMatch, String reason) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        String previous = DomainRefusals.translate(() -> c.reopen(now)).name();
        step(c, "Reopened (was " + previous + "): " + reason, now);
        publish(c, EventTypes.CASE_REOPENED_V1, CaseEvents.reopened(c, previous, now));
        return c;
    }

    /**
     * Confirms that the case duplicates the suggested earlier case: this case is merged into it
     * (status MERGED), and its report now belongs to the earlier case.
     */
    @Transactional
    public ChildCase confirmMatch(UUID caseId, UUID suggestionId, String ifMatch) {
        ChildCase c = forChange(caseId, ifMatch);
        Instant now = clock.instant();
        MatchSuggestion suggestion = records.suggestion(c.id(), suggestionId)
                .orElseThrow(() -> ProblemException.notFound("Match suggestion", suggestionId));
        ChildCase earlier = access.changeable(suggestion.candidateCaseId());
        DomainRefusals.run(() -> {
            suggestion.decide(true, caller.userId(), now);
            c.mergeInto(earlier, now);
        });
        records.linkIntake(List.of(earlier.id()), c.intake().id(), now);
        step(c, "Merged into case " + earlier.reference() + " (same child)", now);
        step(earlier, "Case " + c.reference() + " merged into this one; its report is linked here", now);
        publish(c, EventTypes.CASE_MERGED_V1, CaseEvents.merged(c, earlier, now));
        return c;
    }

    @Transactional
    public MatchSuggestion rejectMatch(UUID caseId, UUID suggestionId) {
        ChildCase c = access.changeable(caseId);
        Instant now = clock.instant();
        MatchSuggestion suggestion = records.suggestion(c.id(), suggestionId)
                .orElseThrow(() -> ProblemException.notFound("Match suggestion", suggestionId));
        DomainRefusals.run(() -> suggestion.decide(false, caller.userId(), now));
        step(c, "Suggested match rejected: not the same child", now);
        return suggestion;
    }

    private ChildCase forChange(UUID caseId, String ifMatch) {
        ChildCase c = access.changeable(caseId);
        ProblemException.requireVersion(ifMatch, c.version());
        return c;
    }

    private void step(ChildCase c, String text, Instant now) {
        records.add(TimelineEntry.step(c.id(), text, caller.userId(), now));
    }

    private void publish(ChildCase c, String type, Object payload) {
        outbox.append(CaseEvents.AGGREGATE_TYPE, c.id(), type, payload);
    }
}
