package vn.cps.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.cps.platform.security.Jurisdiction;
import vn.cps.reporting.domain.CaseDimension;
import vn.cps.reporting.domain.CaseFact;
import vn.cps.reporting.domain.CountRow;

/** The case read model: one row per case plus its harm types, written only from events. */
@ApplicationScoped
public class CaseFactStore {

    private final EntityManager entityManager;

    CaseFactStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts the fact unless the case is known already (a replay or a duplicate event). */
    public void insertOpened(CaseFact fact) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO case_fact (case_id, province_code, commune_code, channel, sex, age_band, received_on)
                VALUES (:caseId, :province, :commune, :channel, :sex, :ageBand, :receivedOn)
                ON CONFLICT (case_id) DO NOTHING""")
                .setParameter("caseId", fact.caseId())
                .setParameter("province", fact.provinceCode())
                .setParameter("commune", fact.communeCode())
                .setParameter("channel", fact.channel())
                .setParameter("sex", fact.sex())
                .setParameter("ageBand", fact.ageBand())
                .setParameter("receivedOn", fact.receivedOn())
                .executeUpdate();
        if (inserted == 0) {
            return;
        }
        for (String harmType : fact.harmTypes()) {
            entityManager.createNativeQuery("INSERT INTO case_fact_harm_type (case_id, harm_type) VALUES (:caseId, :harm)")
                    .setParameter("caseId", fact.caseId())
                    .setParameter("harm", harmType)
                    .executeUpdate();
        }
    }

    /** Counts cases received between the dates (inclusive) inside the jurisdiction, grouped by a dimension. */
    @SuppressWarnings("unchecked")
    public List<CountRow> countCases(LocalDate from, LocalDate to, CaseDimension by, Jurisdiction scope) {
        Jurisdiction.ScopeCondition condition = scope.condition("f.province_code", "f.commune_code");
        String key = switch (by) {
            case PROVINCE -> "f.province_code";
            case SEX -> "f.sex";
            case HARM_TYPE -> "h.harm_type";
        };
        String join = by == CaseDimension.HARM_TYPE ? " JOIN case_fact_harm_type h ON h.case_id = f.case_id" : "";
        var query = entityManager.createNativeQuery("SELECT " + key + " AS k, count(*) AS n FROM case_fact f" + join
                + " WHERE f.received_on BETWEEN :from AND :to AND " + condition.clause()
                + " GROUP BY " + key + " ORDER BY " + key)
                .setParameter("from", from)
                .setParameter("to", to);
        condition.parameters().forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new CountRow(String.valueOf(row[0]).trim(), ((Number) row[1]).longValue()))
                .toList();
    }

    /** Cases received between the dates inside the jurisdiction (each case once, whatever the grouping). */
    public long totalCases(LocalDate from, LocalDate to, Jurisdiction scope) {
        Jurisdiction.ScopeCondition condition = scope.condition("province_code", "commune_code");
        var query = entityManager.createNativeQuery("SELECT count(*) FROM case_fact WHERE received_on BETWEEN :from AND :to AND "
                + condition.clause())
                .setParameter("from", from)
                .setParameter("to", to);
        condition.parameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }
}
