package vn.cps.notification.persistence;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Answers read from the database for every event, kept in memory until they are forgotten: when a
 * change made through this instance ends its transaction, and at each cache expiry for the changes
 * of other replicas. A read begun before a forget is not kept after it, so a forget is never undone
 * by a slow reader.
 */
final class KeptReads<K, V> {

    private final Map<K, V> kept = new ConcurrentHashMap<>();
    /** Bumped at each forget. */
    private final AtomicLong generation = new AtomicLong();

    /** The kept answer for the key, or the one {@code read} gives (kept unless forgotten meanwhile). */
    V get(K key, Function<K, V> read) {
        V known = kept.get(key);
        if (known != null) {
            return known;
        }
        long readIn = generation.get();
        V answer = read.apply(key);
        if (generation.get() == readIn) {
            V first = kept.putIfAbsent(key, answer);
            return first != null ? first : answer;
        }
        return answer;
    }

    void forget() {
        generation.incrementAndGet();
        kept.clear();
    }

    /**
     * Forgets now and again when the current transaction ends, committed or not: a read between the
     * two saw the rows before the change, and is not kept after it.
     */
    void forgetWhenTransactionEnds(TransactionSynchronizationRegistry transactions) {
        forget();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget();
            }
        });
    }
}
