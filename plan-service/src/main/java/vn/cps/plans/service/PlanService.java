package vn.cps.plans.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.cps.events.EventTypes;
import vn.cps.plans.domain.Indicator;
import vn.cps.plans.domain.IndicatorValue;
import vn.cps.plans.domain.Plan;
import vn.cps.plans.domain.Target;
import vn.cps.plans.domain.TargetDirection;
import vn.cps.plans.domain.TargetEvaluation;
import vn.cps.plans.messaging.PlanEvents;
import vn.cps.plans.persistence.IndicatorRepository;
import vn.cps.plans.persistence.PlanRepository;
import vn.cps.platform.idempotency.IdempotencyKeys;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;

/**
 * Plans, their targets and the indicator values they are tracked against. Everyone reads national
 * plans; a plan of a province is read and changed within that province's jurisdiction.
 */
@ApplicationScoped
public class PlanService {

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final Outbox outbox;
    private final IdempotencyKeys idempotencyKeys;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    PlanService(PlanRepository plans, IndicatorRepository indicators, Outbox outbox, IdempotencyKeys idempotencyKeys,
            Caller caller) {
        this.plans = plans;
        this.indicators = indicators;
        this.outbox = outbox;
        this.idempotencyKeys = idempotencyKeys;
        this.caller = caller;
    }

    /** A new draft plan. */
    public record Draft(String number, String title, String issuingAuthority, String jurisdiction, int periodStartYear,
            int periodEndYear, UUID parentPlanId, String implementsDocument, String purposes,
            List<String> fundingSources) {
    }

    /** A target to add to a plan. */
    public record NewTarget(String indicatorCode, String name, String jurisdiction, int periodStartYear,
            int periodEndYear, TargetDirection direction, BigDecimal targetValue, String unit, BigDecimal baseline,
            UUID contributesTo) {
    }

    /** A target with its reading now. */
    public record TrackedTarget(Target target, TargetEvaluation evaluation) {
    }

    /** Drafts a plan; with an Idempotency-Key a retry returns the first draft. */
    @Transactional
    public IdempotencyKeys.Result<Plan> draft(Draft d, String idempotencyKey) {
        return idempotencyKeys.once(caller.userId(), idempotencyKey, d, () -> draft(d), p -> p.id().toString(),
                id -> plans.findById(UUID.fromString(id)));
    }

    private Plan draft(Draft d) {
        requireWithinScope(d.jurisdiction(), "jurisdiction");
        if (plans.numberTaken(d.number(), d.jurisdiction())) {
            throw ProblemException.conflict("A plan " + d.number() + " exists already in " + d.jurisdiction());
        }
        if (d.parentPlanId() != null && plans.findById(d.parentPlanId()) == null) {
            throw ProblemException.unprocessable("parentPlanId", "is not a known plan");
        }
        Plan p = PlanRefusals.translate(() -> Plan.draft(d.number(), d.title(), d.issuingAuthority(), d.jurisdiction(),
                d.periodStartYear(), d.periodEndYear(), d.parentPlanId(), d.implementsDocument(), d.purposes(),
                d.fundingSources(), caller.userId(), clock.instant()));
        plans.persist(p);
        return p;
    }

    @Transactional
    public Plan issue(UUID planId, String ifMatch, LocalDate issueDate) {
        Plan p = changeable(planId);
        ProblemException.requireVersion(ifMatch, p.version());
        PlanRefusals.translate(() -> {
            p.issue(issueDate != null ? issueDate : LocalDate.now(LEGAL_ZONE));
            return p;
        });
        plans.flush();
        outbox.append(PlanEvents.PLAN, p.id(), EventTypes.PLAN_ISSUED_V1, PlanEvents.issued(p));
        return p;
    }

    @Transactional
    public Plan revise(UUID planId, String ifMatch, String note) {
        Plan p = changeable(planId);
        ProblemException.requireVersion(ifMatch, p.version());
        PlanRefusals.translate(() -> {
            p.revise(note);
            return p;
        });
        plans.flush();
        outbox.append(PlanEvents.PLAN, p.id(), EventTypes.PLAN_REVISED_V1, PlanEvents.revised(p, clock.instant()));
        return p;
    }

    @Transactional
    public Plan close(UUID planId, String ifMatch) {
        Plan p = changeable(planId);
        ProblemException.requireVersion(ifMatch, p.version());
        PlanRefusals.translate(() -> {
            p.close();
            return p;
        });
        plans.flush();
        return p;
    }

    @Transactional
    public Plan read(UUID planId) {
        Plan p = plans.findById(planId);
        if (p == null || !readable(p)) {
            throw ProblemException.notFound("Plan", planId);
        }
        return p;
    }

    @Transactional
    public List<Plan> list(int limit) {
        Jurisdiction scope = caller.jurisdiction();
        if (scope.level() == Jurisdiction.Level.NONE) {
            return List.of();
        }
        return plans.visible(scope.level() == Jurisdiction.Level.NATIONAL ? null : scope.currentCodes(), limit);
    }

    @Transactional
    public Target addTarget(UUID planId, NewTarget n) {
        Plan p = changeable(planId);
        requireWithinScope(n.jurisdiction(), "jurisdiction");
        if (indicators.findById(n.indicatorCode()) == null && (n.name() == null || n.name().isBlank())) {
            throw ProblemException.unprocessable("name", "an indicator outside the catalogue needs a name");
        }
        if (n.contributesTo() != null) {
            Target parent = plans.target(n.contributesTo());
            if (parent == null || p.parentPlanId() == null || !parent.planId().equals(p.parentPlanId())) {
                throw ProblemException.unprocessable("contributesTo", "is not a target of the parent plan");
            }
        }
        Target t = PlanRefusals.translate(() -> Target.of(p, n.indicatorCode(), n.name(), n.jurisdiction(), n.periodStartYear(),
                n.periodEndYear(), n.direction(), n.targetValue(), n.unit(), n.baseline(), n.contributesTo()));
        plans.add(t);
        return t;
    }

    @Transactional
    public List<TrackedTarget> targets(UUID planId) {
        Plan p = read(planId);
        LocalDate today = LocalDate.now(LEGAL_ZONE);
        return plans.targets(p.id()).stream().map(t -> new TrackedTarget(t, evaluate(t, today))).toList();
    }

    /**
     * Records a value reported by an agency, and re-reads every target of that indicator,
     * jurisdiction and year: a target that falls to AT_RISK or MISSED is announced once.
     */
    /**
     * A value as reported, for a year or one of its halves; {@code sourceNote} says where the figure
     * comes from, and is required for a figure that a share divides by (such as the child population).
     */
    public record ReportedValue(String indicatorCode, String jurisdiction, int year, String period, BigDecimal value,
            String sourceNote) {
    }

    /** Records a reported value; with an Idempotency-Key a retry returns the first record. */
    @Transactional
    public IdempotencyKeys.Result<IndicatorValue> recordValue(ReportedValue r, String idempotencyKey) {
        return idempotencyKeys.once(caller.userId(), idempotencyKey, r, () -> recordValue(r), v -> v.id().toString(),
                id -> plans.value(UUID.fromString(id)));
    }

    private IndicatorValue recordValue(ReportedValue r) {
        requireWithinScope(r.jurisdiction(), "jurisdiction");
        String period = r.period() == null ? IndicatorValue.YEAR : r.period();
        boolean divides = plans.sharesOf(r.indicatorCode()).stream()
                .anyMatch(i -> r.indicatorCode().equals(i.denominatorCode()));
        if (divides && (r.sourceNote() == null || r.sourceNote().isBlank())) {
            throw ProblemException.unprocessable("sourceNote", r.indicatorCode()
                    + " is the denominator of a computed share; say where the figure comes from");
        }
        if (divides && r.value().signum() <= 0) {
            throw ProblemException.unprocessable("value", "a denominator must be greater than 0");
        }
        return record(r.indicatorCode(), r.jurisdiction(), r.year(), period, r.value(), null, null,
                IndicatorValue.Source.REPORTED, r.sourceNote(), caller.userId());
    }

    /** A value computed by reporting-service from case data. Runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IndicatorValue recordMeasured(String indicatorCode, String jurisdiction, int year, String period,
            BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        return record(indicatorCode, jurisdiction, year, period, value, numerator, denominator,
                IndicatorValue.Source.MEASURED, null, "reporting-service");
    }

    private IndicatorValue record(String indicatorCode, String jurisdiction, int year, String period, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, IndicatorValue.Source source, String sourceNote,
            String recordedBy) {
        Instant now = clock.instant();
        IndicatorValue v = new IndicatorValue(indicatorCode, jurisdiction, year, period, value, numerator, denominator,
                source, sourceNote, recordedBy, now);
        plans.add(v);
        plans.flush();
        outbox.append(PlanEvents.INDICATOR, indicatorCode + "/" + jurisdiction, EventTypes.PLAN_INDICATOR_VALUE_RECORDED_V1,
                PlanEvents.valueRecorded(v));
        if (IndicatorValue.YEAR.equals(period)) {
            LocalDate today = LocalDate.now(LEGAL_ZONE);
            for (Target t : plans.targetsReading(indicatorCode, jurisdiction, year)) {
                reevaluate(t, today, now);
            }
        }
        for (Indicator share : plans.sharesOf(indicatorCode)) {
            computeShare(share, jurisdiction, year, period);
        }
        return v;
    }

    /**
     * A share whose parts come from different sources (a count measured from cases over a population
     * reported with its source): computed once both are known, never from a default.
     */
    private void computeShare(Indicator share, String jurisdiction, int year, String period) {
        var numerator = plans.latest(share.numeratorCode(), jurisdiction, year, period);
        var denominator = plans.latest(share.denominatorCode(), jurisdiction, year, period);
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().value().signum() <= 0) {
            return;
        }
        BigDecimal n = numerator.get().value();
        BigDecimal d = denominator.get().value();
        BigDecimal value = n.multiply(BigDecimal.valueOf(100)).divide(d, 2, java.math.RoundingMode.HALF_UP);
        var previous = plans.latest(share.code(), jurisdiction, year, period);
        if (previous.isPresent() && previous.get().value().compareTo(value) == 0) {
            return;
        }
        record(share.code(), jurisdiction, year, period, value, n, d, IndicatorValue.Source.COMPUTED,
                denominator.get().sourceNote(), "plan-service");
    }

    /**
     * Re-reads the targets whose period has ended and whose end was not announced yet: time alone
     * can make a target missed, without any new value.
     */
    @Scheduled(every = "${cps.plan.target-scan-interval:6h}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReevaluation() {
        reevaluateEndedTargets();
    }

    @Transactional
    public int reevaluateEndedTargets() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LEGAL_ZONE);
        int announced = 0;
        for (Target t : plans.endedUnsettled(today.getYear())) {
            if (reevaluate(t, today, now)) {
                announced++;
            }
        }
        return announced;
    }

    /** Announces AT_RISK or MISSED once per change of status; true when something was announced. */
    private boolean reevaluate(Target t, LocalDate today, Instant now) {
        TargetEvaluation e = evaluate(t, today);
        if (!t.announce(e.status())) {
            return false;
        }
        String type = switch (e.status()) {
            case AT_RISK -> EventTypes.PLAN_TARGET_AT_RISK_V1;
            case MISSED -> EventTypes.PLAN_TARGET_MISSED_V1;
            default -> null;
        };
        if (type == null) {
            return false;
        }
        outbox.append(PlanEvents.PLAN, t.planId(), type, PlanEvents.targetStatus(t, e, now));
        return true;
    }

    private TargetEvaluation evaluate(Target t, LocalDate today) {
        return TargetEvaluation.of(t.direction(), t.targetValue(), t.baseline(),
                plans.series(t.indicatorCode(), t.jurisdiction(), t.periodStartYear(), t.periodEndYear()),
                t.elapsedShare(today));
    }

    private boolean readable(Plan p) {
        return mayRead(p.jurisdiction());
    }

    /** Checks that the caller acts within its jurisdiction (used by the other use cases of plans). */
    void requireJurisdiction(String jurisdiction, String field) {
        requireWithinScope(jurisdiction, field);
    }

    /**
     * The values of an indicator for a jurisdiction in a year and period as recorded, oldest first
     * (the last is the value that counts), up to {@code limit} of the latest.
     */
    @Transactional
    public List<IndicatorValue> values(String indicatorCode, String jurisdiction, int year, String period, int limit) {
        AdministrativeUnits.requireJurisdiction("jurisdiction", jurisdiction);
        if (!mayRead(jurisdiction)) {
            throw ProblemException.unprocessable("jurisdiction", "lies outside your jurisdiction");
        }
        return plans.values(indicatorCode, jurisdiction, year, period, limit);
    }

    /** Whether the caller may read records of the jurisdiction: national ones, or those within its own. */
    boolean mayRead(String jurisdiction) {
        return AdministrativeUnits.NATIONAL.equals(jurisdiction) || caller.jurisdiction().covers(jurisdiction);
    }

    /** A plan the caller may change (used by the other use cases of plans). */
    Plan changeablePlan(UUID planId) {
        return changeable(planId);
    }

    private Plan changeable(UUID planId) {
        Plan p = plans.findById(planId);
        if (p == null || !readable(p)) {
            throw ProblemException.notFound("Plan", planId);
        }
        requireWithinScope(p.jurisdiction(), "planId");
        return p;
    }

    /**
     * A unit in force (a 422 naming what a former one became), and one the caller acts for: national
     * callers for any, a province for itself and its communes, a commune for itself.
     */
    private void requireWithinScope(String jurisdiction, String field) {
        AdministrativeUnits.requireJurisdiction(field, jurisdiction);
        if (!caller.jurisdiction().covers(jurisdiction)) {
            throw ProblemException.unprocessable(field, "lies outside your jurisdiction");
        }
    }
}
