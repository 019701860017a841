package vn.cps.cases.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of POSTs, per user. The key is claimed first in the request's transaction: a
 * concurrent retry waits on the row and then finds the first result.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager entityManager;

    IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The earlier use of the key, if any. */
    public record Earlier(String requestHash, UUID intakeId) {
    }

    /** Claims the key; when it was claimed before, returns that earlier use instead. */
    @SuppressWarnings("unchecked")
    public Optional<Earlier> claim(String userId, String key, String requestHash) {
        int claimed = entityManager.createNativeQuery("""
                INSERT INTO idempotency_key (user_id, key, request_hash) VALUES (:user, :key, :hash)
                ON CONFLICT (user_id, key) DO NOTHING""")
                .setParameter("user", userId).setParameter("key", key).setParameter("hash", requestHash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT request_hash, intake_id FROM idempotency_key WHERE user_id = :user AND key = :key")
                .setParameter("user", userId).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Earlier((String) row[0], (UUID) row[1]));
    }

    public void complete(String userId, String key, UUID intakeId) {
        entityManager.createNativeQuery("UPDATE idempotency_key SET intake_id = :intake WHERE user_id = :user AND key = :key")
                .setParameter("intake", intakeId).setParameter("user", userId).setParameter("key", key)
                .executeUpdate();
    }
}
