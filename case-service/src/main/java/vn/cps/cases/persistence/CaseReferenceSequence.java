package vn.cps.cases.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.cps.cases.domain.CaseReference;

/**
 * Hands out case references per province and year. The counter row is locked until the
 * opening transaction commits, so references are gap-free and never repeat.
 */
@ApplicationScoped
public class CaseReferenceSequence {

    private final EntityManager entityManager;

    CaseReferenceSequence(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public CaseReference next(String provinceCode, int year) {
        Number value = (Number) entityManager.createNativeQuery("""
                INSERT INTO case_reference_counter (province_code, year, last_value) VALUES (:province, :year, 1)
                ON CONFLICT (province_code, year)
                DO UPDATE SET last_value = case_reference_counter.last_value + 1
                RETURNING last_value""")
                .setParameter("province", provinceCode)
                .setParameter("year", year)
                .getSingleResult();
        return CaseReference.of(provinceCode, year, value.longValue());
    }
}
