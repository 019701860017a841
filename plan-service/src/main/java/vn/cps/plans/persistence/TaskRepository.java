package vn.cps.plans.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cps.plans.domain.PlanTask;
import vn.cps.plans.domain.ProgressReport;
import vn.cps.plans.domain.TaskStatus;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<PlanTask, UUID> {

    public List<PlanTask> ofPlan(UUID planId) {
        return list("planId = ?1 order by dueDate, id", planId);
    }

    /** Tasks the agency leads or coordinates, by due date. */
    public List<PlanTask> involving(String agency, boolean overdueOnly, LocalDate today, int limit) {
        String query = "(leadAgency = ?1 or concat(',', coordinatingAgencies, ',') like ?2)"
                + (overdueOnly ? " and status = ?3 and dueDate < ?4" : "") + " order by dueDate, id";
        var find = overdueOnly ? find(query, agency, "%," + agency + ",%", TaskStatus.OPEN, today)
                : find(query, agency, "%," + agency + ",%");
        return find.page(0, limit).list();
    }

    /** Open tasks past their due date whose lapse was not announced yet. */
    public List<PlanTask> unannouncedOverdue(LocalDate today, int limit) {
        return find("status = ?1 and dueDate < ?2 and (overdueAnnouncedFor is null or overdueAnnouncedFor <> dueDate) "
                + "order by dueDate", TaskStatus.OPEN, today).page(0, limit).list();
    }

    public void addReport(ProgressReport report) {
        getEntityManager().persist(report);
    }

    public List<ProgressReport> reports(UUID taskId) {
        return getEntityManager().createQuery("from ProgressReport r where r.taskId = ?1 order by r.reportedAt",
                ProgressReport.class).setParameter(1, taskId).getResultList();
    }
}
