package vn.cps.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
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
    private final KeptReads<String, List<RoutingRule>> byTrigger = new KeptReads<>();

    EnabledRules(RoutingRuleRepository rules, TransactionSynchronizationRegistry transactions) {
        this.rules = rules;
        this.transactions = transactions;
    }

    /** The enabled rules of the trigger, in a stable order. */
    public List<RoutingRule> of(String trigger) {
        return byTrigger.get(trigger, t -> List.copyOf(rules.enabledFor(t)));
    }

    /** Call in the transaction that changes a rule. */
    public void forgetWhenTransactionEnds() {
        byTrigger.forgetWhenTransactionEnds(transactions);
    }

    public void forget() {
        byTrigger.forget();
    }
}
