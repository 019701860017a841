package vn.cps.cases.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Records every read of case details: who, when, which record and for what purpose. */
@ApplicationScoped
public class CaseAccessLog {

    private final EntityManager entityManager;

    CaseAccessLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void recordRead(UUID caseId, String userId, String roles, String purpose) {
        entityManager.createNativeQuery("""
                INSERT INTO case_access_log (case_id, user_id, roles, action, purpose)
                VALUES (:caseId, :userId, :roles, 'READ', :purpose)""")
                .setParameter("caseId", caseId)
                .setParameter("userId", userId)
                .setParameter("roles", roles)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }
}
