package vn.cps.cases.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Records every read of case details: who, when, which record and for what purpose. */
@ApplicationScoped
public class CaseAccessLog {

    private final EntityManager entityManager;

    CaseAccessLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The views a read may serve: the whole case, or an agency's view of a referral. */
    public enum View { CASE, REFERRED_CASE, REFERRED_ACTION }

    /** Records a read; the roles are stored sorted and comma-separated. */
    public void recordRead(UUID caseId, String userId, Set<String> roles, String purpose, View view) {
        entityManager.createNativeQuery("""
                INSERT INTO case_access_log (case_id, user_id, roles, action, purpose, view)
                VALUES (:caseId, :userId, :roles, 'READ', :purpose, :view)""")
                .setParameter("caseId", caseId)
                .setParameter("view", view.name())
                .setParameter("userId", userId)
                .setParameter("roles", String.join(",", new TreeSet<>(roles)))
                .setParameter("purpose", purpose)
                .executeUpdate();
    }
}
