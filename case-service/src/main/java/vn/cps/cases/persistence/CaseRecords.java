package vn.cps.cases.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.query.NativeQuery;
import vn.cps.cases.domain.EmergencyMeasure;
import vn.cps.cases.domain.InitialAssessment;
import vn.cps.cases.domain.MatchSuggestion;
import vn.cps.cases.domain.PlanAction;
import vn.cps.cases.domain.PlanStatus;
import vn.cps.cases.domain.SupportPlan;
import vn.cps.cases.domain.TimelineEntry;

/** The records of a case's process: assessments, measures, plans, actions and the timeline. */
@ApplicationScoped
public class CaseRecords {

    private final EntityManager entityManager;

    CaseRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Object record) {
        entityManager.persist(record);
    }

    /** Writes pending changes now, so that a concurrent change fails inside the use case (412). */
    public void flush() {
        entityManager.flush();
    }

    public List<InitialAssessment> assessments(UUID caseId) {
        return entityManager.createQuery("from InitialAssessment a where a.caseId = ?1 order by a.assessedAt",
                InitialAssessment.class).setParameter(1, caseId).getResultList();
    }

    public List<EmergencyMeasure> measures(UUID caseId) {
        return entityManager.createQuery("from EmergencyMeasure m where m.caseId = ?1 order by m.takenAt",
                EmergencyMeasure.class).setParameter(1, caseId).getResultList();
    }

    public Optional<EmergencyMeasure> measure(UUID caseId, UUID measureId) {
        EmergencyMeasure m = entityManager.find(EmergencyMeasure.class, measureId);
        return m != null && m.caseId().equals(caseId) ? Optional.of(m) : Optional.empty();
    }

    public List<SupportPlan> plans(UUID caseId) {
        return entityManager.createQuery("from SupportPlan p where p.caseId = ?1 order by p.cycle, p.submittedAt",
                SupportPlan.class).setParameter(1, caseId).getResultList();
    }

    public Optional<SupportPlan> plan(UUID caseId, UUID planId) {
        SupportPlan plan = entityManager.find(SupportPlan.class, planId);
        return plan != null && plan.caseId().equals(caseId) ? Optional.of(plan) : Optional.empty();
    }

    public Optional<SupportPlan> planWithStatus(UUID caseId, PlanStatus status) {
        return entityManager.createQuery("from SupportPlan p where p.caseId = ?1 and p.status = ?2", SupportPlan.class)
                .setParameter(1, caseId).setParameter(2, status).getResultStream().findFirst();
    }

    /** A plan action of the case, whichever plan cycle it belongs to. */
    public Optional<PlanAction> actionOfCase(UUID caseId, UUID actionId) {
        PlanAction action = entityManager.find(PlanAction.class, actionId);
        return action != null && action.plan().caseId().equals(caseId) ? Optional.of(action) : Optional.empty();
    }

    public Optional<PlanAction> action(UUID planId, UUID actionId) {
        PlanAction action = entityManager.find(PlanAction.class, actionId);
        return action != null && action.plan().id().equals(planId) ? Optional.of(action) : Optional.empty();
    }

    /** Timeline entries after a position (recorded time, id), oldest first. */
    public List<TimelineEntry> timeline(UUID caseId, Instant afterAt, UUID afterId, int limit) {
        if (afterAt == null) {
            return entityManager.createQuery(
                    "from TimelineEntry t where t.caseId = ?1 order by t.recordedAt, t.id", TimelineEntry.class)
                    .setParameter(1, caseId).setMaxResults(limit).getResultList();
        }
        return entityManager.createQuery("from TimelineEntry t where t.caseId = ?1 and (t.recordedAt > ?2 or "
                + "(t.recordedAt = ?2 and t.id > ?3)) order by t.recordedAt, t.id", TimelineEntry.class)
                .setParameter(1, caseId).setParameter(2, afterAt).setParameter(3, afterId)
                .setMaxResults(limit).getResultList();
    }

    public boolean hasTimelineEntry(UUID caseId, UUID entryId) {
        TimelineEntry entry = entityManager.find(TimelineEntry.class, entryId);
        return entry != null && entry.caseId().equals(caseId);
    }

    /** A child to look for among the open cases: by personal ID anywhere, or by name, birth year and commune. */
    public record MatchProbe(String personalIdHash, String foldedName, Integer birthYear, String communeCode) {
    }

    /** An open case that may be the same child, and why. */
    public record MatchCandidate(UUID caseId, MatchSuggestion.Reason reason) {
    }

    /**
     * For each probe, in order, the open cases that may be the same child, at most 20, oldest first:
     * one statement for all of them. Asked before the new cases are written, so it never finds them,
     * nor siblings of one report each other.
     */
    @SuppressWarnings("unchecked")
    public List<List<MatchCandidate>> matchCandidates(List<MatchProbe> probes) {
        List<List<MatchCandidate>> candidates = new ArrayList<>();
        probes.forEach(p -> candidates.add(new ArrayList<>()));
        if (probes.isEmpty()) {
            return candidates;
        }
        // per probe, two index lookups (personal id; folded name) instead of one OR across the join,
        // which PostgreSQL can only answer by scanning every intake; pid is char(64) like the column,
        // so that its index is used, and '-' matches no hash: a child without one is still matched
        // by name, as is one with a hash
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT p.n, x.id, x.reason
                  FROM unnest(CAST(:pids AS char(64)[]), CAST(:names AS varchar[]), CAST(:years AS int[]),
                              CAST(:communes AS char(5)[])) WITH ORDINALITY AS p(pid, name, year, commune, n)
                 CROSS JOIN LATERAL (
                       SELECT c.id, m.reason, c.opened_at
                         FROM (SELECT k.id, 'SAME_PERSONAL_ID' AS reason FROM intake_child k
                                WHERE k.child_personal_id_hash = p.pid
                               UNION ALL
                               SELECT k.id, 'SAME_NAME_BIRTH_YEAR_COMMUNE' FROM intake_child k
                                WHERE k.child_name_folded = p.name AND k.child_birth_year = p.year
                                  AND k.child_personal_id_hash IS DISTINCT FROM p.pid) m
                         JOIN child_case c ON c.child_id = m.id
                        WHERE c.status NOT IN ('CLOSED', 'NOT_SUBSTANTIATED', 'MERGED')
                          AND (m.reason = 'SAME_PERSONAL_ID' OR c.commune_code = p.commune)
                        ORDER BY c.opened_at
                        LIMIT 20) x
                 ORDER BY p.n, x.opened_at""")
                .setParameter("pids", probes.stream().map(p -> p.personalIdHash() == null ? "-" : p.personalIdHash())
                        .toArray(String[]::new))
                .setParameter("names", probes.stream().map(MatchProbe::foldedName).toArray(String[]::new))
                .setParameter("years", probes.stream().map(MatchProbe::birthYear).toArray(Integer[]::new))
                .setParameter("communes", probes.stream().map(MatchProbe::communeCode).toArray(String[]::new))
                .getResultList();
        for (Object[] row : rows) {
            candidates.get(((Number) row[0]).intValue() - 1).add(
                    new MatchCandidate((UUID) row[1], MatchSuggestion.Reason.valueOf((String) row[2])));
        }
        return candidates;
    }

    public List<MatchSuggestion> suggestions(UUID caseId) {
        return entityManager.createQuery("from MatchSuggestion m where m.caseId = ?1 order by m.id", MatchSuggestion.class)
                .setParameter(1, caseId).getResultList();
    }

    public Optional<MatchSuggestion> suggestion(UUID caseId, UUID suggestionId) {
        MatchSuggestion m = entityManager.find(MatchSuggestion.class, suggestionId);
        return m != null && m.caseId().equals(caseId) ? Optional.of(m) : Optional.empty();
    }

    /**
     * Records that an intake concerns each of the cases (those it opened, or the one it was merged
     * into), in one statement.
     */
    public void linkIntake(List<UUID> caseIds, UUID intakeId, Instant at) {
        linkIntakes(caseIds.stream().map(c -> new IntakeLink(c, intakeId, at)).toList());
    }

    /** A case and an intake about it. */
    public record IntakeLink(UUID caseId, UUID intakeId, Instant at) {
    }

    /**
     * Links cases to intakes in one statement. The cases and intakes it names are flushed first, once:
     * left to Hibernate, a native statement flushes the session and then dirty-checks it a second time.
     */
    public void linkIntakes(List<IntakeLink> links) {
        if (links.isEmpty()) {
            return;
        }
        entityManager.flush();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < links.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:c").append(i).append(", :i").append(i).append(", :a").append(i).append(')');
        }
        var insert = entityManager.createNativeQuery("INSERT INTO case_intake_link (case_id, intake_id, linked_at) VALUES "
                + values + " ON CONFLICT DO NOTHING").unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("case_intake_link").setHibernateFlushMode(FlushMode.MANUAL);
        for (int i = 0; i < links.size(); i++) {
            IntakeLink link = links.get(i);
            insert.setParameter("c" + i, link.caseId()).setParameter("i" + i, link.intakeId()).setParameter("a" + i, link.at());
        }
        insert.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> linkedIntakes(UUID caseId) {
        return entityManager.createNativeQuery(
                "SELECT intake_id FROM case_intake_link WHERE case_id = :caseId ORDER BY linked_at, intake_id")
                .setParameter("caseId", caseId).getResultList();
    }

    /** Access-log rows of a case, newest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> accessLog(UUID caseId, int limit) {
        return entityManager.createNativeQuery("""
                SELECT user_id, roles, action, purpose, accessed_at, view FROM case_access_log
                 WHERE case_id = :caseId ORDER BY accessed_at DESC, id DESC""")
                .setParameter("caseId", caseId).setMaxResults(limit).getResultList();
    }
}
