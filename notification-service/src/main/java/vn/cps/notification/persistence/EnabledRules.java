package vn.cps.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.cps.notification.domain.RoutingRule;

/**
 * The enabled routing rules of each trigger, which routing reads for every event. Hibernate's query
 * cache held them before, but building the query, looking it up and the auto-flush it set off cost
 * 10 % of notification-service's profile at 150 intakes/s; here a read is one map lookup.
 * A rule changed through this instance is forgotten when its transaction ends; one changed through
 * another replica arrives within {@code cps.notification.cache-max-age} ({@code RoutingCacheExpiry}).
 * The rules kept are detached and only read: routing copies what it needs into each notification.
 */
@ApplicationScoped
public class EnabledRules {

    private final RoutingRuleRepository rules;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<String, List<RoutingRule>> byTrigger = new ConcurrentHashMap<>();
    /** Bumped when the rules are forgotten, so that a read begun before it is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    EnabledRules(RoutingRuleRepository rules, TransactionSynchronizationRegistry transactions) {
        this.rules = rules;
        this.transactions = transactions;
    }

    /** The enabled rules of the trigger, in a stable order. */
    public List<RoutingRule> of(String trigger) {
        List<RoutingRule> known = byTrigger.get(trigger);
        if (known != null) {
            return known;
        }
        long readIn = generation.get();
        List<RoutingRule> read = List.copyOf(rules.enabledFor(trigger));
        if (generation.get() == readIn) {
            byTrigger.putIfAbsent(trigger, read);
        }
        return read;
    }

    /**
     * Forgets the rules now and again when the current transaction ends, committed or not: a read
     * between the two saw the rows before the change, and is not kept after it.
     */
    public void forgetWhenTransactionEnds() {
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

    public void forget() {
        generation.incrementAndGet();
        byTrigger.clear();
    }
}
