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
import vn.cps.plans.domain.Plan;
import vn.cps.plans.domain.PlanTask;
import vn.cps.plans.domain.ProgressReport;
import vn.cps.plans.messaging.PlanEvents;
import vn.cps.plans.persistence.PlanRepository;
import vn.cps.plans.persistence.TaskRepository;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;

/** Tasks of plans across agencies, their progress reports, and the overdue watch. */
@ApplicationScoped
public class TaskService {

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final PlanService planService;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    TaskService(TaskRepository tasks, PlanRepository plans, PlanService planService, Outbox outbox, Caller caller) {
        this.tasks = tasks;
        this.plans = plans;
        this.planService = planService;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public PlanTask assign(UUID planId, String title, String leadAgency, List<String> coordinating, LocalDate dueDate,
            Integer recurrenceMonths) {
        Plan p = planService.changeablePlan(planId);
        PlanTask t = PlanRefusals.translate(() -> PlanTask.assign(p, title, leadAgency, coordinating, dueDate, recurrenceMonths));
        tasks.persist(t);
        outbox.append(PlanEvents.PLAN, p.id(), EventTypes.PLAN_TASK_ASSIGNED_V1,
                PlanEvents.task(p, t, null, clock.instant()));
        return t;
    }

    @Transactional
    public List<PlanTask> ofPlan(UUID planId) {
        return tasks.ofPlan(planService.read(planId).id());
    }

    /** The caller's agency's worklist. */
    @Transactional
    public List<PlanTask> mine(boolean overdueOnly, int limit) {
        return tasks.involving(agency(), overdueOnly, LocalDate.now(LEGAL_ZONE), limit);
    }

    /** An agency leading or coordinating the task reports progress, with a figure where it counts. */
    @Transactional
    public ProgressReport report(UUID taskId, String text, BigDecimal figure, boolean done) {
        String agency = agency();
        PlanTask t = tasks.findById(taskId);
        if (t == null || !t.involves(agency)) {
            throw ProblemException.notFound("Task", taskId);
        }
        Instant now = clock.instant();
        PlanRefusals.translate(() -> {
            t.reportProgress(agency, done, now, LocalDate.ofInstant(now, LEGAL_ZONE));
            return t;
        });
        ProgressReport report = new ProgressReport(t.id(), agency, text, figure, caller.userId(), now);
        tasks.addReport(report);
        outbox.append(PlanEvents.PLAN, t.planId(), EventTypes.PLAN_PROGRESS_REPORTED_V1,
                PlanEvents.task(plans.findById(t.planId()), t, agency, now));
        return report;
    }

    @Transactional
    public List<ProgressReport> reports(UUID taskId) {
        PlanTask t = tasks.findById(taskId);
        if (t == null) {
            throw ProblemException.notFound("Task", taskId);
        }
        planService.read(t.planId());
        return tasks.reports(t.id());
    }

    @Scheduled(every = "${cps.plan.overdue-scan-interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scanOverdue();
    }

    /** Announces each task that passed its due date, once per due date; returns how many. */
    @Transactional
    public int scanOverdue() {
        Instant now = clock.instant();
        int announced = 0;
        for (PlanTask t : tasks.unannouncedOverdue(LocalDate.ofInstant(now, LEGAL_ZONE), 500)) {
            if (t.announceOverdue()) {
                outbox.append(PlanEvents.PLAN, t.planId(), EventTypes.PLAN_TASK_OVERDUE_V1,
                        PlanEvents.task(plans.findById(t.planId()), t, null, now));
                announced++;
            }
        }
        return announced;
    }

    private String agency() {
        return caller.agency().orElseThrow(() -> ProblemException.unprocessable("agency",
                "your token carries no agency claim"));
    }
}
