package vn.cps.plans.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;

/**
 * Loads the provincial plans this project started from (shared/seeds) as structured plans with
 * their targets and tasks, from hand-made fixtures in {@code seeds/plans/<name>.json}.
 */
@ApplicationScoped
public class PlanImport {

    /** A fixture as shipped. */
    public record Fixture(String source, String number, String title, String issuingAuthority, String jurisdiction,
            LocalDate issueDate, int periodStartYear, int periodEndYear, String implementsDocument, String purposes,
            List<String> fundingSources, List<FixtureTarget> targets, List<FixtureTask> tasks) {
    }

    public record FixtureTarget(String indicatorCode, String name, TargetDirection direction, BigDecimal targetValue,
            String unit, BigDecimal baseline) {
    }

    public record FixtureTask(String title, String leadAgency, List<String> coordinatingAgencies, LocalDate dueDate,
            Integer recurrenceMonths) {
    }

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final Outbox outbox;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    PlanImport(PlanRepository plans, TaskRepository tasks, Outbox outbox, Caller caller, ObjectMapper objectMapper) {
        this.plans = plans;
        this.tasks = tasks;
        this.outbox = outbox;
        this.caller = caller;
        this.json = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Imports a shipped fixture as an issued plan; a plan already imported is a conflict. */
    @Transactional
    public Plan importFixture(String name) {
        if (caller.jurisdiction().level() != Jurisdiction.Level.NATIONAL) {
            throw ProblemException.unprocessable("fixture", "seed plans are imported by national administrators");
        }
        Fixture f = read(name);
        if (plans.numberTaken(f.number(), f.jurisdiction())) {
            throw ProblemException.conflict("Plan " + f.number() + " of " + f.jurisdiction() + " is imported already");
        }
        Instant now = clock.instant();
        Plan p = PlanRefusals.translate(() -> Plan.draft(f.number(), f.title(), f.issuingAuthority(), f.jurisdiction(),
                f.periodStartYear(), f.periodEndYear(), null, f.implementsDocument(), f.purposes(), f.fundingSources(),
                caller.userId(), now));
        plans.persist(p);
        for (FixtureTarget t : f.targets()) {
            plans.add(PlanRefusals.translate(() -> Target.of(p, t.indicatorCode(), t.name(), f.jurisdiction(),
                    f.periodStartYear(), f.periodEndYear(), t.direction(), t.targetValue(), t.unit(), t.baseline(), null)));
        }
        for (FixtureTask t : f.tasks()) {
            PlanTask task = PlanRefusals.translate(() -> PlanTask.assign(p, t.title(), t.leadAgency(),
                    t.coordinatingAgencies(), t.dueDate(), t.recurrenceMonths()));
            tasks.persist(task);
            outbox.append(PlanEvents.PLAN, p.id(), EventTypes.PLAN_TASK_ASSIGNED_V1, PlanEvents.task(p, task, null, now));
        }
        p.issue(f.issueDate());
        outbox.append(PlanEvents.PLAN, p.id(), EventTypes.PLAN_ISSUED_V1, PlanEvents.issued(p));
        return p;
    }

    private Fixture read(String name) {
        if (!name.matches("[a-z0-9-]{1,60}")) {
            throw ProblemException.notFound("Seed plan", name);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("seeds/plans/" + name + ".json")) {
            if (in == null) {
                throw ProblemException.notFound("Seed plan", name);
            }
            return json.readValue(in, Fixture.class);
        } catch (IOException e) {
            throw new IllegalStateException("Seed plan " + name + " cannot be read", e);
        }
    }
}
