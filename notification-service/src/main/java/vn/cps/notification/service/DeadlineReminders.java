package vn.cps.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.cps.notification.config.NotificationConfig;
import vn.cps.notification.domain.DeadlineReminder;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.persistence.ReminderRepository;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.WorkingDayCalendar;
import vn.cps.platform.security.Caller;

/**
 * Reminders before the legal deadlines of Decree 56: scheduled and cancelled by case events (never
 * by asking case-service), sent through the routing rules of {@code reminder.<deadline>} when due.
 */
@ApplicationScoped
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class);

    private final ReminderRepository reminders;
    private final NotificationRouting routing;
    private final NotificationConfig config;
    private final Caller caller;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final Clock clock = Clock.systemUTC();

    DeadlineReminders(ReminderRepository reminders, NotificationRouting routing, NotificationConfig config,
            Caller caller) {
        this.reminders = reminders;
        this.routing = routing;
        this.config = config;
        this.caller = caller;
    }

    /** What a new case's reminders are made from. */
    public record CaseOpening(UUID caseId, String reference, String provinceCode, String communeCode,
            Instant receivedAt, Instant emergencyDeadline) {
    }

    /**
     * New cases: both clocks of each run from its receipt. All their reminders go in one statement (a
     * consumed batch opens dozens of cases); one scheduled before for a case and deadline is kept as it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void casesOpened(List<CaseOpening> openings) {
        Instant now = clock.instant();
        List<DeadlineReminder> scheduled = new ArrayList<>(2 * openings.size());
        for (CaseOpening c : openings) {
            if (c.emergencyDeadline() != null) {
                scheduled.add(DeadlineReminder.schedule(c.caseId(), c.reference(), c.provinceCode(), c.communeCode(),
                        DeadlineReminder.EMERGENCY_MEASURES, c.emergencyDeadline(),
                        c.emergencyDeadline().minus(config.reminders().emergencyLead()), now));
            }
            Instant planDue = calendar.endOfWorkingDaysAfter(c.receivedAt(), config.reminders().planWorkingDays());
            scheduled.add(DeadlineReminder.schedule(c.caseId(), c.reference(), c.provinceCode(), c.communeCode(),
                    DeadlineReminder.SUPPORT_PLAN, planDue, planRemindAt(planDue), now));
        }
        reminders.scheduleIfAbsent(scheduled);
    }

    /** The assessment says whether the emergency deadline applies and states the plan deadline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assessed(UUID caseId, boolean emergencyNeeded, Instant planDeadline) {
        Instant now = clock.instant();
        if (!emergencyNeeded) {
            reminders.of(caseId, DeadlineReminder.EMERGENCY_MEASURES)
                    .ifPresent(r -> r.cancel("assessment found no emergency", now));
        }
        if (planDeadline != null) {
            reminders.of(caseId, DeadlineReminder.SUPPORT_PLAN)
                    .ifPresent(r -> r.reschedule(planDeadline, planRemindAt(planDeadline), now));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void met(UUID caseId, String deadline, String reason) {
        reminders.of(caseId, deadline).ifPresent(r -> r.cancel(reason, clock.instant()));
    }

    /** Closed, dismissed or merged: nothing is due any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseEnded(UUID caseId, String reason) {
        Instant now = clock.instant();
        reminders.ofCase(caseId).forEach(r -> r.cancel(reason, now));
    }

    /** The receiving commune accepted a transfer: reminders go to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseMoved(UUID caseId, String provinceCode, String communeCode) {
        Instant now = clock.instant();
        reminders.ofCase(caseId).forEach(r -> r.moveTo(provinceCode, communeCode, now));
    }

    private Instant planRemindAt(Instant planDue) {
        return calendar.endOfWorkingDaysBefore(planDue, config.reminders().planLeadWorkingDays());
    }

    /** Sends the reminders whose time came, a batch per transaction, each once. */
    @Scheduled(every = "${cps.notification.reminders.scan-interval:30s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        try {
            int fired;
            do {
                fired = QuarkusTransaction.requiringNew().call(() -> {
                    List<DeadlineReminder> due = reminders.lockDue(clock.instant(), 100);
                    for (DeadlineReminder reminder : due) {
                        for (Occurrence occurrence : reminder.fire(clock.instant())) {
                            routing.route(occurrence);
                        }
                    }
                    return due.size();
                });
            } while (fired == 100);
        } catch (RuntimeException e) {
            LOG.warnf("Sending due reminders failed, will retry on the next scan: %s", e.getMessage());
        }
    }

    /** The reminders of a case, for its supervisors and auditors in scope. */
    @Transactional
    public List<DeadlineReminder> ofCase(UUID caseId) {
        List<DeadlineReminder> found = reminders.ofCase(caseId);
        if (found.isEmpty() || !caller.jurisdiction().covers(found.get(0).provinceCode(), found.get(0).communeCode())) {
            throw ProblemException.notFound("Reminders of case", caseId);
        }
        return found;
    }
}
