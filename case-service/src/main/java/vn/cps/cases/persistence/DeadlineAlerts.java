package vn.cps.cases.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Finds open cases whose legal deadlines are near or past and records each alert once. */
@ApplicationScoped
public class DeadlineAlerts {

    private final EntityManager entityManager;

    DeadlineAlerts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A case and one of its unmet deadlines that needs an alert of the given kind. */
    public record Due(UUID caseId, String deadline, Instant dueAt) {
    }

    /**
     * Unmet deadlines due between {@code notBefore} and the horizon without an alert of this kind yet. The emergency
     * deadline counts unless an assessment found no emergency; neither counts once the case ended.
     */
    @SuppressWarnings("unchecked")
    public List<Due> unalerted(String kind, Instant notBefore, Instant horizonEmergency, Instant horizonPlan, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT c.id, 'EMERGENCY_MEASURES', c.emergency_deadline FROM child_case c
                 WHERE c.status NOT IN ('CLOSED', 'NOT_SUBSTANTIATED', 'MERGED')
                   AND c.first_emergency_measure_at IS NULL
                   AND c.emergency_needed IS DISTINCT FROM false
                   AND c.emergency_deadline < :horizonEmergency AND c.emergency_deadline >= :notBefore
                   AND NOT EXISTS (SELECT 1 FROM deadline_alert a WHERE a.case_id = c.id
                                   AND a.deadline = 'EMERGENCY_MEASURES' AND a.kind = :kind)
                UNION ALL
                SELECT c.id, 'SUPPORT_PLAN', c.plan_deadline FROM child_case c
                 WHERE c.status NOT IN ('CLOSED', 'NOT_SUBSTANTIATED', 'MERGED')
                   AND c.first_plan_approved_at IS NULL
                   AND c.plan_deadline < :horizonPlan AND c.plan_deadline >= :notBefore
                   AND NOT EXISTS (SELECT 1 FROM deadline_alert a WHERE a.case_id = c.id
                                   AND a.deadline = 'SUPPORT_PLAN' AND a.kind = :kind)
                LIMIT :limit""")
                .setParameter("notBefore", notBefore)
                .setParameter("horizonEmergency", horizonEmergency)
                .setParameter("horizonPlan", horizonPlan)
                .setParameter("kind", kind)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (String) r[1], toInstant(r[2]))).toList();
    }

    /** Records the alert; false when another scan recorded it first. */
    public boolean record(Due due, String kind, Instant now) {
        return entityManager.createNativeQuery("""
                INSERT INTO deadline_alert (case_id, deadline, kind, emitted_at) VALUES (:caseId, :deadline, :kind, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("caseId", due.caseId())
                .setParameter("deadline", due.deadline())
                .setParameter("kind", kind)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

}
