package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.query.NativeQuery;
import vn.cps.notification.domain.DeadlineReminder;

@ApplicationScoped
public class ReminderRepository implements PanacheRepositoryBase<DeadlineReminder, UUID> {

    public Optional<DeadlineReminder> of(UUID caseId, String deadline) {
        return find("caseId = ?1 and deadline = ?2", caseId, deadline).firstResultOptional();
    }

    public List<DeadlineReminder> ofCase(UUID caseId) {
        return list("caseId", Sort.by("dueAt").and("deadline"), caseId);
    }

    /**
     * Schedules the reminders in one statement; one already scheduled for the same case and
     * deadline stays as it is (a redelivered or replayed opening changes nothing).
     */
    public void scheduleIfAbsent(List<DeadlineReminder> reminders) {
        if (reminders.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("""
                INSERT INTO deadline_reminder (id, case_id, case_reference, province_code, commune_code, deadline,
                                               due_at, remind_at, status, updated_at) VALUES """);
        for (int i = 0; i < reminders.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:id%1$d, :case%1$d, :ref%1$d, :province%1$d, :commune%1$d, "
                    .formatted(i)).append(":deadline%1$d, :due%1$d, :remind%1$d, :status%1$d, :updated%1$d)".formatted(i));
        }
        sql.append(" ON CONFLICT (case_id, deadline) DO NOTHING");
        // naming the table keeps Hibernate from clearing every cache region at each native write; no
        // flush first: the insert adds only rows that are absent, and the session's pending changes are
        // other tables' inserts and updates of reminders that exist, which it can neither see nor change
        var insert = getEntityManager().createNativeQuery(sql.toString()).unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(DeadlineReminder.class).setHibernateFlushMode(FlushMode.MANUAL);
        for (int i = 0; i < reminders.size(); i++) {
            DeadlineReminder r = reminders.get(i);
            insert.setParameter("id" + i, r.id()).setParameter("case" + i, r.caseId())
                    .setParameter("ref" + i, r.caseReference()).setParameter("province" + i, r.provinceCode())
                    .setParameter("commune" + i, r.communeCode()).setParameter("deadline" + i, r.deadline())
                    .setParameter("due" + i, r.dueAt()).setParameter("remind" + i, r.remindAt())
                    .setParameter("status" + i, r.status().name()).setParameter("updated" + i, r.updatedAt());
        }
        insert.executeUpdate();
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
