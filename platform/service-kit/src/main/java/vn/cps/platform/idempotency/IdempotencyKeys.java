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
        Claim claim = claim(userId, key, request);
        if (claim instanceof Claim.Refused refused) {
            throw refused.problem();
        }
        if (claim instanceof Claim.Running running) {
            throw running.problem();
        }
        if (claim instanceof Claim.Replay replay) {
            return new Result<>(findById.apply(replay.resourceId()), true);
        }
        T created = create.get();
        complete(userId, key, idOf.apply(created));
        return new Result<>(created, false);
    }

    /** What claiming a key gave a request. */
    public sealed interface Claim {

        /** The key is this request's now: create the record, then {@link #complete} it. */
        record Claimed() implements Claim {
        }

        /** An earlier request with the same key and fields created this record. */
        record Replay(String resourceId) implements Claim {
        }

        /** The key's first request, with the same fields, has not committed yet. */
        record Running() implements Claim {

            /** 409: worth a retry once the first request has ended. */
            public ProblemException problem() {
                return ProblemException.conflict("A request with this Idempotency-Key is still being processed");
            }
        }

        /** The key was used for a request with other fields (422). */
        record Refused(ProblemException problem) implements Claim {
        }
    }

    /**
     * Claims the key for a request in the caller's transaction; a concurrent claim of the same key
     * waits for that transaction. For callers that create the records of several requests in one
     * transaction: a refusal is returned, not thrown, so the transaction stays usable for the others.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String userId, String key, Object request) {
        String hash = fingerprint(request);
        Optional<Object[]> earlier = insertClaim(userId, key, hash);
        if (earlier.isEmpty()) {
            return new Claim.Claimed();
        }
        if (!hash.equals(earlier.get()[0])) {
            return new Claim.Refused(ProblemException.unprocessable("Idempotency-Key", "was used before for a different request"));
        }
        if (earlier.get()[1] == null) {
            return new Claim.Running();
        }
        return new Claim.Replay((String) earlier.get()[1]);
    }

    /** Names the record created under a claimed key, in the transaction that claimed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String userId, String key, String resourceId) {
        entityManager.createNativeQuery("UPDATE idempotent_request SET resource_id = :id WHERE user_id = :user AND key = :key")
                .setParameter("id", resourceId).setParameter("user", userId).setParameter("key", key)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Optional<Object[]> insertClaim(String userId, String key, String hash) {
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
