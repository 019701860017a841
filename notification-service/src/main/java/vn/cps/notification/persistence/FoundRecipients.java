package vn.cps.notification.persistence;

import jakarta.transaction.TransactionScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.domain.Recipient;

/**
 * The recipients one transaction has looked up, by role and address. A consumed batch routes dozens
 * of events to the same few communes, and each routing rule asked the directory and the saved
 * settings again for every one of them (19 % of notification-service's profile at 150 intakes/s).
 * Routing writes notifications, deliveries and reminders, never recipients, so within its
 * transaction the first answer stays the answer; the next transaction looks up afresh.
 */
@TransactionScoped
public class FoundRecipients {

    private record Key(String role, Occurrence.Address address) {
    }

    private final Map<Key, List<Recipient>> found = new HashMap<>();

    List<Recipient> computeIfAbsent(String role, Occurrence.Address address,
            BiFunction<String, Occurrence.Address, List<Recipient>> lookUp) {
        return found.computeIfAbsent(new Key(role, address), key -> lookUp.apply(role, address));
    }
}
