package vn.cps.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.events.cases.IntakeRecordedV1;
import vn.cps.events.cases.ReferralEventV1;
import vn.cps.reporting.config.ReportingConfig;
import vn.cps.reporting.domain.CaseFact;
import vn.cps.reporting.persistence.ReadModelStore;

/**
 * Keeps the read models in step with case events: the facts of each case, intake and referral,
 * and the cubes the statistics read. Each change of a case's outcome moves one count from the old
 * key to the new one, so the cubes always equal a count over the facts. Runs in the consumer's
 * transaction (or a replay's), once per event.
 */
@ApplicationScoped
public class CaseProjection {

    private static final Logger LOG = Logger.getLogger(CaseProjection.class);
    private static final String CASE = "CASE";
    private static final String INTAKE = "INTAKE";
    /** Intakes that named no province are counted under this code. */
    public static final String NO_PROVINCE = "--";

    private final ReadModelStore store;
    private final ReportingConfig config;

    CaseProjection(ReadModelStore store, ReportingConfig config) {
        this.store = store;
        this.config = config;
    }

    /** Writes the cube changes the events applied so far in this transaction have made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeCounts() {
        store.writeCounts();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void intakeRecorded(IntakeRecordedV1 e) {
        LocalDate day = LocalDate.ofInstant(e.receivedAt(), config.legalZone());
        String province = e.provinceCode() == null ? NO_PROVINCE : e.provinceCode();
        if (store.insertIntake(e.intakeId(), e.channel(), e.category(), e.provinceCode(), e.communeCode(), day,
                e.caseId())) {
            String commune = e.provinceCode() == null ? null : e.communeCode();
            store.count(INTAKE, "ALL", "*", province, commune, day, 1);
            store.count(INTAKE, "CHANNEL", e.channel(), province, commune, day, 1);
            store.count(INTAKE, "CATEGORY", e.category(), province, commune, day, 1);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpenedV1 e) {
        CaseFact f = CaseFact.opened(e.caseId(), e.provinceCode(), e.communeCode(), e.channel(), e.sex(), e.ageBand(),
                e.harmTypes(), LocalDate.ofInstant(e.receivedAt(), config.legalZone()), e.receivedAt());
        if (!store.insertCase(f)) {
            return;
        }
        count(f, "ALL", "*", 1);
        count(f, "CHANNEL", f.channel(), 1);
        count(f, "SEX", f.sex(), 1);
        count(f, "AGE_BAND", f.ageBand(), 1);
        f.harmTypes().forEach(h -> count(f, "HARM_TYPE", h, 1));
        moveOutcomes(null, f);
    }

    /** The assessment found the child in groups of Art. 10: the latest finding replaces an earlier one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childGroupsRecorded(UUID caseId, java.util.List<String> groups) {
        store.lockCase(caseId).ifPresentOrElse(f -> {
            java.util.List<String> before = store.childGroups(caseId);
            java.util.List<String> after = groups.stream().distinct().sorted().toList();
            if (before.equals(after)) {
                return;
            }
            store.replaceChildGroups(caseId, after);
            before.forEach(g -> count(f, "CHILD_GROUP", g, -1));
            after.forEach(g -> count(f, "CHILD_GROUP", g, 1));
        }, () -> LOG.warnf("Child groups of case %s arrived before the case was opened; not counted", caseId));
    }

    /** The assessment found no emergency: the 12-hour deadline does not apply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assessed(UUID caseId, boolean emergencyNeeded) {
        if (!emergencyNeeded) {
            change(caseId, f -> f.emergency().equals("PENDING") ? with(f, f.status(), "NOT_APPLICABLE", f.plan(),
                    f.closedAt()) : f);
        }
    }

    /** The first emergency measure decides the 12-hour deadline; later ones change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emergencyMeasureApplied(UUID caseId, boolean withinDeadline, Instant takenAt) {
        store.markSupported(caseId, takenAt);
        change(caseId, f -> f.emergency().equals("PENDING")
                ? with(f, f.status(), withinDeadline ? "MET" : "MISSED", f.plan(), f.closedAt()) : f);
    }

    /** The first approved plan decides the 5-working-day deadline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planApproved(UUID caseId, boolean withinDeadline, Instant approvedAt) {
        store.markSupported(caseId, approvedAt);
        change(caseId, f -> f.plan().equals("PENDING")
                ? with(f, f.status(), f.emergency(), withinDeadline ? "MET" : "MISSED", f.closedAt()) : f);
    }

    /** case-service saw a deadline pass unmet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineMissed(UUID caseId, String deadline) {
        change(caseId, f -> {
            if (deadline.equals("EMERGENCY_MEASURES") && f.emergency().equals("PENDING")) {
                return with(f, f.status(), "MISSED", f.plan(), f.closedAt());
            }
            if (deadline.equals("SUPPORT_PLAN") && f.plan().equals("PENDING")) {
                return with(f, f.status(), f.emergency(), "MISSED", f.closedAt());
            }
            return f;
        });
    }

    /**
     * Closed, or found not substantiated (then deadlines still pending no longer apply). A closure
     * after review keeps whether the plan's goals were met.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(UUID caseId, String outcome, String planGoalsOutcome, Instant closedAt) {
        if (outcome.equals("CLOSED")) {
            store.recordPlanGoals(caseId, planGoalsOutcome);
        }
        change(caseId, f -> {
            if (!f.status().equals("OPEN")) {
                return f;
            }
            boolean dismissed = outcome.equals("NOT_SUBSTANTIATED");
            return with(f, outcome, dismissed && f.emergency().equals("PENDING") ? "NOT_APPLICABLE" : f.emergency(),
                    dismissed && f.plan().equals("PENDING") ? "NOT_APPLICABLE" : f.plan(), closedAt);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reopened(UUID caseId) {
        store.recordPlanGoals(caseId, null);
        change(caseId, f -> f.status().equals("CLOSED") || f.status().equals("NOT_SUBSTANTIATED")
                ? with(f, "OPEN", f.emergency(), f.plan(), null) : f);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void merged(UUID caseId) {
        change(caseId, f -> with(f, "MERGED", f.emergency().equals("PENDING") ? "NOT_APPLICABLE" : f.emergency(),
                f.plan().equals("PENDING") ? "NOT_APPLICABLE" : f.plan(), f.closedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void referral(String step, ReferralEventV1 e) {
        switch (step) {
            case "requested" -> {
                if (store.insertReferral(e.referralId(), e.caseId(), e.agencyCode(), e.provinceCode(), e.communeCode(),
                        e.occurredAt(), e.responseDue())) {
                    store.countReferral(e.agencyCode(), e.provinceCode(), month(e.occurredAt()), "requested", 1, 0);
                }
            }
            case "accepted", "declined", "withdrawn" -> store.lockReferral(e.referralId()).ifPresent(r -> {
                if (r.answer() != null) {
                    return;
                }
                long seconds = step.equals("withdrawn") ? 0
                        : Math.max(0, Duration.between(r.requestedAt(), e.occurredAt()).toSeconds());
                store.updateReferral(new ReadModelStore.ReferralFact(r.referralId(), r.agencyCode(), r.provinceCode(),
                        r.requestedAt(), r.responseDue(), step.toUpperCase(), e.occurredAt(), r.completedAt()));
                store.countReferral(r.agencyCode(), r.provinceCode(), month(r.requestedAt()), step, 1, seconds);
                if (!step.equals("withdrawn") && r.answeredInTime(e.occurredAt())) {
                    store.countReferral(r.agencyCode(), r.provinceCode(), month(r.requestedAt()), "answered_in_time", 1,
                            0);
                }
            });
            case "completed" -> store.lockReferral(e.referralId()).ifPresent(r -> {
                if (r.completedAt() == null) {
                    store.updateReferral(new ReadModelStore.ReferralFact(r.referralId(), r.agencyCode(),
                            r.provinceCode(), r.requestedAt(), r.responseDue(), r.answer(), r.answeredAt(),
                            e.occurredAt()));
                    store.countReferral(r.agencyCode(), r.provinceCode(), month(r.requestedAt()), "completed", 1, 0);
                }
            });
            default -> LOG.debugf("Referral step %s is not counted", step);
        }
    }

    /** Applies a change to a case and moves its counts from the old outcome keys to the new ones. */
    private void change(UUID caseId, UnaryOperator<CaseFact> step) {
        store.lockCase(caseId).ifPresentOrElse(before -> {
            CaseFact after = step.apply(before);
            if (after.equals(before)) {
                return;
            }
            store.updateCase(after);
            moveOutcomes(before, after);
        }, () -> LOG.warnf("An event about case %s arrived before the case was opened; not counted", caseId));
    }

    /** Moves the case's counts from the keys it had to the keys it has; keys that did not change are left alone. */
    private void moveOutcomes(CaseFact before, CaseFact after) {
        move(before, after, "OUTCOME", CaseFact::status);
        move(before, after, "EMERGENCY", CaseFact::emergency);
        move(before, after, "PLAN", CaseFact::plan);
        move(before, after, "PLAN_C6", f -> f.criterion6() ? f.plan() : null);
        move(before, after, "ABUSE", f -> f.abused() ? "YES" : null);
        Instant closedBefore = before == null ? null : before.closedAt();
        if (!java.util.Objects.equals(closedBefore, after.closedAt())) {
            if (closedBefore != null) {
                countClosure(before, -1);
            }
            if (after.closedAt() != null) {
                countClosure(after, 1);
            }
        }
    }

    private void move(CaseFact before, CaseFact after, String dimension,
            java.util.function.Function<CaseFact, String> key) {
        String from = before == null ? null : key.apply(before);
        String to = key.apply(after);
        if (java.util.Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            count(before, dimension, from, -1);
        }
        if (to != null) {
            count(after, dimension, to, 1);
        }
    }

    private void countClosure(CaseFact f, long delta) {
        int days = (int) Math.max(0, Duration.between(f.receivedAt(), f.closedAt()).toDays());
        store.countClosure(f.provinceCode(), month(f.closedAt()), days, delta);
    }

    private void count(CaseFact f, String dimension, String key, long delta) {
        store.count(CASE, dimension, key, f.provinceCode(), f.communeCode(), f.receivedOn(), delta);
    }

    private LocalDate month(Instant at) {
        return LocalDate.ofInstant(at, config.legalZone()).withDayOfMonth(1);
    }

    private static CaseFact with(CaseFact f, String status, String emergency, String plan, Instant closedAt) {
        return new CaseFact(f.caseId(), f.provinceCode(), f.communeCode(), f.channel(), f.sex(), f.ageBand(),
                f.harmTypes(), f.receivedOn(), f.receivedAt(), status, emergency, plan, f.criterion6(), closedAt);
    }
}
