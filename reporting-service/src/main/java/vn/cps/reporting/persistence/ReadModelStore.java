package vn.cps.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import vn.cps.reporting.domain.CaseFact;

/**
 * Writes the read models, only ever from events. Every statement is plain SQL on unqualified table
 * names, so that a replay can run the same code into fresh tables of another schema.
 */
@ApplicationScoped
public class ReadModelStore {

    private final EntityManager entityManager;
    private final CubeDeltas deltas;

    ReadModelStore(EntityManager entityManager, CubeDeltas deltas) {
        this.entityManager = entityManager;
        this.deltas = deltas;
    }

    /** Inserts the case unless it is known already; true when inserted. */
    public boolean insertCase(CaseFact f) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO case_fact (case_id, province_code, commune_code, channel, sex, age_band, received_on,
                                       received_at, status, emergency, plan, criterion6)
                VALUES (:caseId, :province, :commune, :channel, :sex, :ageBand, :receivedOn, :receivedAt,
                        :status, :emergency, :plan, :criterion6)
                ON CONFLICT (case_id) DO NOTHING""")
                .setParameter("caseId", f.caseId())
                .setParameter("province", f.provinceCode())
                .setParameter("commune", f.communeCode())
                .setParameter("channel", f.channel())
                .setParameter("sex", f.sex())
                .setParameter("ageBand", f.ageBand())
                .setParameter("receivedOn", f.receivedOn())
                .setParameter("receivedAt", Timestamp.from(f.receivedAt()))
                .setParameter("status", f.status())
                .setParameter("emergency", f.emergency())
                .setParameter("plan", f.plan())
                .setParameter("criterion6", f.criterion6())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        for (String harmType : f.harmTypes()) {
            entityManager.createNativeQuery("INSERT INTO case_fact_harm_type (case_id, harm_type) VALUES (:caseId, :harm)")
                    .setParameter("caseId", f.caseId())
                    .setParameter("harm", harmType)
                    .executeUpdate();
        }
        return true;
    }

    /** The case as statistics know it, locked for the update its event makes. */
    @SuppressWarnings("unchecked")
    public Optional<CaseFact> lockCase(UUID caseId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT province_code, commune_code, channel, sex, age_band, received_on, received_at, status,
                       emergency, plan, criterion6, closed_at
                  FROM case_fact WHERE case_id = :caseId FOR UPDATE""")
                .setParameter("caseId", caseId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        List<String> harmTypes = entityManager.createNativeQuery(
                "SELECT harm_type FROM case_fact_harm_type WHERE case_id = :caseId ORDER BY harm_type")
                .setParameter("caseId", caseId).getResultList();
        return Optional.of(new CaseFact(caseId, trim(r[0]), trim(r[1]), (String) r[2], (String) r[3], (String) r[4],
                harmTypes, toDate(r[5]), toInstant(r[6]), (String) r[7], (String) r[8], (String) r[9], (Boolean) r[10],
                toInstant(r[11])));
    }

    public void updateCase(CaseFact f) {
        entityManager.createNativeQuery("""
                UPDATE case_fact SET status = :status, emergency = :emergency, plan = :plan, closed_at = :closedAt
                 WHERE case_id = :caseId""")
                .setParameter("status", f.status())
                .setParameter("emergency", f.emergency())
                .setParameter("plan", f.plan())
                .setParameter("closedAt", f.closedAt() == null ? null : Timestamp.from(f.closedAt()))
                .setParameter("caseId", f.caseId())
                .executeUpdate();
    }

    /** The child was supported (a plan approved or an emergency measure taken); the first time counts. */
    public void markSupported(UUID caseId, Instant at) {
        entityManager.createNativeQuery("""
                UPDATE case_fact SET supported_at = :at
                 WHERE case_id = :caseId AND (supported_at IS NULL OR supported_at > :at)""")
                .setParameter("at", Timestamp.from(at)).setParameter("caseId", caseId).executeUpdate();
    }

    /** What the closure review found of the plan's goals; null when it did not say, or on reopening. */
    public void recordPlanGoals(UUID caseId, String outcome) {
        entityManager.createNativeQuery("UPDATE case_fact SET plan_goals_outcome = :outcome WHERE case_id = :caseId")
                .setParameter("outcome", outcome).setParameter("caseId", caseId).executeUpdate();
    }

    /**
     * Adds delta to a key of a dimension in the three cubes, for a case or an intake received at a
     * place and day; written by {@link #writeCounts()}.
     */
    public void count(String subject, String dimension, String key, String province, String commune, LocalDate day,
            long delta) {
        deltas.count(subject, dimension, key, province, commune, day, delta);
    }

    /** Writes the cube changes of this transaction so far, one multi-row upsert per cube. */
    public void writeCounts() {
        entityManager.unwrap(Session.class).doWork(deltas::write);
    }

    /** The groups of children in special circumstances recorded for the case, locked. */
    @SuppressWarnings("unchecked")
    public List<String> childGroups(UUID caseId) {
        return entityManager.createNativeQuery(
                "SELECT child_group FROM case_fact_child_group WHERE case_id = :caseId ORDER BY child_group FOR UPDATE")
                .setParameter("caseId", caseId).getResultList();
    }

    /** Replaces the groups recorded for the case. */
    public void replaceChildGroups(UUID caseId, List<String> groups) {
        entityManager.createNativeQuery("DELETE FROM case_fact_child_group WHERE case_id = :caseId")
                .setParameter("caseId", caseId).executeUpdate();
        for (String group : groups) {
            entityManager.createNativeQuery(
                    "INSERT INTO case_fact_child_group (case_id, child_group) VALUES (:caseId, :group)")
                    .setParameter("caseId", caseId).setParameter("group", group).executeUpdate();
        }
    }

    /** Inserts the intake unless it is known already; true when inserted. */
    public boolean insertIntake(UUID intakeId, String channel, String category, String province, String commune,
            LocalDate receivedOn, UUID caseId) {
        return entityManager.createNativeQuery("""
                INSERT INTO intake_fact (intake_id, channel, category, province_code, commune_code, received_on, case_id)
                VALUES (:id, :channel, :category, :province, :commune, :receivedOn, :caseId)
                ON CONFLICT (intake_id) DO NOTHING""")
                .setParameter("id", intakeId).setParameter("channel", channel).setParameter("category", category)
                .setParameter("province", province).setParameter("commune", commune)
                .setParameter("receivedOn", receivedOn).setParameter("caseId", caseId)
                .executeUpdate() == 1;
    }

    /** A referral as statistics know it: agency, province, request time, answer and completion. */
    public record ReferralFact(UUID referralId, String agencyCode, String provinceCode, Instant requestedAt,
            Instant responseDue, String answer, Instant answeredAt, Instant completedAt) {

        /** Whether an answer at this instant meets the response deadline; unknown deadlines (older events) do not. */
        public boolean answeredInTime(Instant at) {
            return responseDue != null && !at.isAfter(responseDue);
        }
    }

    public boolean insertReferral(UUID referralId, UUID caseId, String agency, String province, String commune,
            Instant requestedAt, Instant responseDue) {
        return entityManager.createNativeQuery("""
                INSERT INTO referral_fact (referral_id, case_id, agency_code, province_code, commune_code, requested_at,
                                           response_due)
                VALUES (:id, :caseId, :agency, :province, :commune, :at, :due)
                ON CONFLICT (referral_id) DO NOTHING""")
                .setParameter("id", referralId).setParameter("caseId", caseId).setParameter("agency", agency)
                .setParameter("province", province).setParameter("commune", commune)
                .setParameter("at", Timestamp.from(requestedAt))
                .setParameter("due", responseDue == null ? null : Timestamp.from(responseDue))
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    public Optional<ReferralFact> lockReferral(UUID referralId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT agency_code, province_code, requested_at, response_due, answer, answered_at, completed_at
                  FROM referral_fact WHERE referral_id = :id FOR UPDATE""")
                .setParameter("id", referralId).getResultList();
        return rows.stream().findFirst().map(r -> new ReferralFact(referralId, (String) r[0], trim(r[1]),
                toInstant(r[2]), toInstant(r[3]), (String) r[4], toInstant(r[5]), toInstant(r[6])));
    }

    public void updateReferral(ReferralFact r) {
        entityManager.createNativeQuery("""
                UPDATE referral_fact SET answer = :answer, answered_at = :answeredAt, completed_at = :completedAt
                 WHERE referral_id = :id""")
                .setParameter("answer", r.answer())
                .setParameter("answeredAt", r.answeredAt() == null ? null : Timestamp.from(r.answeredAt()))
                .setParameter("completedAt", r.completedAt() == null ? null : Timestamp.from(r.completedAt()))
                .setParameter("id", r.referralId())
                .executeUpdate();
    }

    /** Adds to the counters of an agency's referrals in the month they were requested. */
    public void countReferral(String agency, String province, LocalDate month, String column, long delta,
            long responseSeconds) {
        deltas.countReferral(agency, province, month, column, delta, responseSeconds);
    }

    public void countClosure(String province, LocalDate month, int days, long delta) {
        deltas.countClosure(province, month, days, delta);
    }

    /** The tables a replay rebuilds, in an order that respects their references. */
    public static List<String> tables() {
        return new ArrayList<>(List.of("case_fact", "case_fact_harm_type", "case_fact_child_group", "intake_fact", "referral_fact",
                "stat_national_day", "stat_province_day", "stat_commune_month", "referral_stat", "closure_time_stat"));
    }

    private static String trim(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
