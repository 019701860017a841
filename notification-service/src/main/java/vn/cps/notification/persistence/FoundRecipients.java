package vn.cps.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.BiFunction;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.domain.Recipient;

/**
 * The recipients found per role and address. Every event is routed to a few communes' officers, and
 * each lookup asked the directory and the saved settings again (19 % of notification-service's
 * profile at 150 intakes/s; 7.6 % still with the answers kept per transaction, most of it
 * Hibernate's query cache). Forgotten when a person's settings change through this instance (at the
 * end of that transaction), when the directory is read again, and at each cache expiry.
 * The recipients kept are only read: routing copies their address into each delivery.
 */
@ApplicationScoped
public class FoundRecipients {

    private record Key(String role, Occurrence.Address address) {
    }

    private final TransactionSynchronizationRegistry transactions;
    private final KeptReads<Key, List<Recipient>> found = new KeptReads<>();

    FoundRecipients(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    List<Recipient> computeIfAbsent(String role, Occurrence.Address address,
            BiFunction<String, Occurrence.Address, List<Recipient>> lookUp) {
        return found.get(new Key(role, address), key -> List.copyOf(lookUp.apply(role, address)));
    }

    /** Call in the transaction that changes a person's settings. */
    public void forgetWhenTransactionEnds() {
        found.forgetWhenTransactionEnds(transactions);
    }

    public void forget() {
        found.forget();
    }
}
