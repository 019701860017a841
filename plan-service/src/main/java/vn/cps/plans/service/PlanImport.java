package vn.cps.plans.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import vn.cps.events.EventTypes;
import vn.cps.plans.domain.Plan;
import vn.cps.plans.domain.PlanTask;
import vn.cps.plans.domain.Target;
import vn.cps.plans.domain.TargetDirection;
import vn.cps.plans.messaging.PlanEvents;
import vn.cps.plans.persistence.PlanRepository;
import vn.cps.plans.persistence.TaskRepository;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.platform.reference.WorkingDayCalendar;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;

/**
 * Loads the provincial plans this project started from (shared/seeds) as structured plans with
 * their targets and tasks, from hand-made fixtures in {@code seeds/plans/<name>.json}.
 */
@ApplicationScoped
public class PlanImport {

    /** A fixture as shipped. */
    public record Fixture(String source, boolean template, String number, String title, String issuingAuthority, String jurisdiction,
            LocalDate issueDate, int periodStartYear, int periodEndYear, String implementsDocument, String purposes,
            List<String> fundingSources, List<FixtureTarget> targets, List<FixtureTask> tasks) {
    }

    public record FixtureTarget(String indicatorCode, String name, TargetDirection direction, BigDecimal targetValue,
            String unit, BigDecimal baseline) {
    }

    /** A task; a template's task names the day it falls due each year (dueMonthDay) rather than a date. */
    public record FixtureTask(String title, String leadAgency, List<String> coordinatingAgencies, LocalDate dueDate,
            MonthDay dueMonthDay, Integer recurrenceMonths) {
    }

    /** Where a template's agency codes name the adopting province. */
    private static final String PROVINCE = "{P}";

    private final PlanRepository plans;
    private final PlanService planService;
    private final TaskRepository tasks;
    private final Outbox outbox;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    PlanImport(PlanRepository plans, PlanService planService, TaskRepository tasks, Outbox outbox, Caller caller,
            ObjectMapper objectMapper) {
        this.plans = plans;
        this.planService = planService;
        this.tasks = tasks;
        this.outbox = outbox;
        this.caller = caller;
        this.json = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * Imports a shipped fixture as an issued plan; a plan already imported (in that jurisdiction) is a
     * conflict. A plan of a province as recorded is imported by national administrators; a template
     * (a plan that names no province) is adopted into a jurisdiction by a plan manager acting for it,
     * for the twelve months from today.
     */
    @Transactional
    public Plan importFixture(String name, String adoptInto) {
        Fixture f = read(name);
        Fixture plan = f.template() ? adopt(f, adoptInto) : recorded(f, adoptInto);
        if (plans.numberTaken(plan.number(), plan.jurisdiction())) {
            throw ProblemException.conflict("Plan " + plan.number() + " of " + plan.jurisdiction() + " is imported already");
        }
        Instant now = clock.instant();
        Plan p = PlanRefusals.translate(() -> Plan.draft(plan.number(), plan.title(), plan.issuingAuthority(),
                plan.jurisdiction(), plan.periodStartYear(), plan.periodEndYear(), null, plan.implementsDocument(),
                plan.purposes(), plan.fundingSources(), caller.userId(), now));
        plans.persist(p);
        for (FixtureTarget t : plan.targets()) {
            plans.add(PlanRefusals.translate(() -> Target.of(p, t.indicatorCode(), t.name(), plan.jurisdiction(),
                    plan.periodStartYear(), plan.periodEndYear(), t.direction(), t.targetValue(), t.unit(), t.baseline(), null)));
        }
        for (FixtureTask t : plan.tasks()) {
            PlanTask task = PlanRefusals.translate(() -> PlanTask.assign(p, t.title(), t.leadAgency(),
                    t.coordinatingAgencies(), t.dueDate(), t.recurrenceMonths()));
            tasks.persist(task);
            outbox.append(PlanEvents.PLAN, p.id(), EventTypes.PLAN_TASK_ASSIGNED_V1, PlanEvents.task(p, task, null, now));
        }
        p.issue(plan.issueDate());
        outbox.append(PlanEvents.PLAN, p.id(), EventTypes.PLAN_ISSUED_V1, PlanEvents.issued(p));
        return p;
    }

    private Fixture recorded(Fixture f, String adoptInto) {
        if (adoptInto != null) {
            throw ProblemException.unprocessable("jurisdiction", "this plan names its province; only a template is adopted");
        }
        if (caller.jurisdiction().level() != Jurisdiction.Level.NATIONAL) {
            throw ProblemException.unprocessable("fixture", "seed plans are imported by national administrators");
        }
        return f;
    }

    /** The template made a plan of the jurisdiction: its agencies those of its province, each task due next at its day. */
    private Fixture adopt(Fixture f, String jurisdiction) {
        if (jurisdiction == null) {
            throw ProblemException.unprocessable("jurisdiction", "a template is adopted into a jurisdiction: give ?jurisdiction=");
        }
        planService.requireJurisdiction(jurisdiction, "jurisdiction");
        String province = AdministrativeUnits.place(jurisdiction).map(AdministrativeUnits.Placement::provinceCode)
                .orElse(AdministrativeUnits.NATIONAL);
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.LEGAL_ZONE));
        List<FixtureTask> adopted = f.tasks().stream().map(t -> {
            LocalDate due = t.dueMonthDay().atYear(today.getYear());
            return new FixtureTask(t.title(), t.leadAgency().replace(PROVINCE, province),
                    t.coordinatingAgencies().stream().map(a -> a.replace(PROVINCE, province)).toList(),
                    due.isBefore(today) ? t.dueMonthDay().atYear(today.getYear() + 1) : due, null, t.recurrenceMonths());
        }).toList();
        int lastYear = adopted.stream().mapToInt(t -> t.dueDate().getYear()).max().orElse(today.getYear());
        return new Fixture(f.source(), false, f.number(), f.title(), f.issuingAuthority(), jurisdiction, today,
                today.getYear(), lastYear, f.implementsDocument(), f.purposes(), f.fundingSources(), f.targets(), adopted);
    }

    private Fixture read(String name) {
        return SeedFixtures.read(json, "plans", name, Fixture.class, "Seed plan");
    }
}
