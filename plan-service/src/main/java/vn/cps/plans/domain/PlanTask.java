package vn.cps.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A task (nhiệm vụ) of a plan: a lead agency (chủ trì) and coordinating agencies (phối hợp), due
 * once or recurring (e.g. a report every 6 months), and its status.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "lead_agency", nullable = false)
    private String leadAgency;

    /** Comma-separated agency codes. */
    @Column(name = "coordinating_agencies", nullable = false)
    private String coordinatingAgencies;

    /** The next due date: the only one, or the next of a recurrence. */
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** Months between recurrences; null for a one-off task. */
    @Column(name = "recurrence_months")
    private Integer recurrenceMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    /** The due date for which overdue was announced, so each lapse is announced once. */
    @Column(name = "overdue_announced_for")
    private LocalDate overdueAnnouncedFor;

    @Column(name = "last_report_at")
    private Instant lastReportAt;

    protected PlanTask() {
    }

    public static PlanTask assign(Plan plan, String title, String leadAgency, List<String> coordinatingAgencies,
            LocalDate dueDate, Integer recurrenceMonths) {
        plan.requireOpenForTargets();
        if (coordinatingAgencies.contains(leadAgency)) {
            throw new PlanRuleViolation("coordinatingAgencies", "the lead agency is not also a coordinating agency");
        }
        PlanTask t = new PlanTask();
        t.id = UUID.randomUUID();
        t.planId = plan.id();
        t.title = title.strip();
        t.leadAgency = leadAgency;
        t.coordinatingAgencies = String.join(",", coordinatingAgencies);
        t.dueDate = dueDate;
        t.recurrenceMonths = recurrenceMonths;
        t.status = TaskStatus.OPEN;
        return t;
    }

    /** Whether the agency leads or coordinates the task, and so may report on it. */
    public boolean involves(String agency) {
        return leadAgency.equals(agency) || coordinatingAgencies().contains(agency);
    }

    /**
     * A progress report: a recurring task moves to its next due date when the lead agency reports on
     * a due report; {@code done} closes a one-off task.
     */
    public void reportProgress(String agency, boolean done, Instant now, LocalDate today) {
        if (status != TaskStatus.OPEN) {
            throw new PlanRuleViolation("status", "the task is " + status);
        }
        lastReportAt = now;
        if (recurrenceMonths != null) {
            if (leadAgency.equals(agency) && !today.isBefore(dueDate.minusMonths(recurrenceMonths).plusDays(1))) {
                dueDate = dueDate.plusMonths(recurrenceMonths);
            }
        } else if (done) {
            status = TaskStatus.DONE;
        }
    }

    public boolean isOverdue(LocalDate today) {
        return status == TaskStatus.OPEN && today.isAfter(dueDate);
    }

    /** Marks this lapse announced; false when it was already. */
    public boolean announceOverdue() {
        if (dueDate.equals(overdueAnnouncedFor)) {
            return false;
        }
        overdueAnnouncedFor = dueDate;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String title() {
        return title;
    }

    public String leadAgency() {
        return leadAgency;
    }

    public List<String> coordinatingAgencies() {
        return coordinatingAgencies.isBlank() ? List.of() : Arrays.asList(coordinatingAgencies.split(","));
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Integer recurrenceMonths() {
        return recurrenceMonths;
    }

    public TaskStatus status() {
        return status;
    }

    public Instant lastReportAt() {
        return lastReportAt;
    }
}
