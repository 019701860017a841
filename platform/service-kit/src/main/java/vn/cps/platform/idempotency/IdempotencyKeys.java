package vn.cps.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.cps.platform.problem.ProblemException;

/**
 * {@code Idempotency-Key} for POSTs that create a record: the key is claimed first in the
 * request's transaction, so a concurrent retry waits on it and then finds the first result; a
 * retry gets the first record back, and the same key with a different request is refused.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The header's allowed shape. */
    public static final String KEY_PATTERN = "[A-Za-z0-9._:-]{8,200}";

    private final EntityManager entityManager;

    IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The result of a create: the record, and whether it was replayed from an earlier request. */
    public record Result<T>(T record, boolean replayed) {
    }

    /**
     * Runs {@code create} once per user and key. Without a key it just runs.
     *
     * @param request  a stable rendering of the request (its fields), to tell a retry from another request
     * @param create   creates the record in the caller's transaction
     * @param idOf     the record's id, kept with the key
     * @param findById loads the record of an earlier request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Result<T> once(String userId, String key, Object request, Supplier<T> create, Function<T, String> idOf,
            Function<String, T> findById) {
        if (key == null) {
            return new Result<>(create.get(), false);
        }
        String hash = fingerprint(request);
        Optional<Object[]> earlier = claim(userId, key, hash);
        if (earlier.isPresent()) {
            if (!hash.equals(earlier.get()[0])) {
                throw ProblemException.unprocessable("Idempotency-Key", "was used before for a different request");
            }
            if (earlier.get()[1] == null) {
                throw ProblemException.conflict("A request with this Idempotency-Key is still being processed");
            }
            return new Result<>(findById.apply((String) earlier.get()[1]), true);
        }
        T created = create.get();
        entityManager.createNativeQuery("UPDATE idempotent_request SET resource_id = :id WHERE user_id = :user AND key = :key")
                .setParameter("id", idOf.apply(created)).setParameter("user", userId).setParameter("key", key)
                .executeUpdate();
        return new Result<>(created, false);
    }

    @SuppressWarnings("unchecked")
    private Optional<Object[]> claim(String userId, String key, String hash) {
        int claimed = entityManager.createNativeQuery("""
                INSERT INTO idempotent_request (user_id, key, request_hash) VALUES (:user, :key, :hash)
                ON CONFLICT (user_id, key) DO NOTHING""")
                .setParameter("user", userId).setParameter("key", key).setParameter("hash", hash).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT request_hash, resource_id FROM idempotent_request WHERE user_id = :user AND key = :key")
                .setParameter("user", userId).setParameter("key", key).getResultList();
        return Optional.of(rows.get(0));
    }

    private static String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
