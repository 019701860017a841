package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cps.notification.domain.DeadlineReminder;

@ApplicationScoped
public class ReminderRepository implements PanacheRepositoryBase<DeadlineReminder, UUID> {

    public Optional<DeadlineReminder> of(UUID caseId, String deadline) {
        return find("caseId = ?1 and deadline = ?2", caseId, deadline).firstResultOptional();
    }

    public List<DeadlineReminder> ofCase(UUID caseId) {
        return list("caseId", Sort.by("dueAt").and("deadline"), caseId);
    }

    /** Locks reminders whose time came, skipping those another replica holds. */
    public List<DeadlineReminder> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<DeadlineReminder> due = getEntityManager().createNativeQuery("""
                SELECT * FROM deadline_reminder
                 WHERE status = 'SCHEDULED' AND remind_at <= :now
                 ORDER BY remind_at, id
                 LIMIT :limit
                   FOR UPDATE SKIP LOCKED""", DeadlineReminder.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return due;
    }
}
