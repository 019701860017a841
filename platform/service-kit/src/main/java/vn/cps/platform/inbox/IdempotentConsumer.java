package vn.cps.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * Applies an event at most once per consumer: the event id is recorded in {@code processed_event}
 * in the same transaction as the effect, so a redelivered event changes nothing, and a failed
 * effect leaves no record and is retried.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager entityManager;

    IdempotentConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @return true when the effect ran, false when this consumer had already applied the event
     */
    @Transactional
    public boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type)
                VALUES (:consumer, :eventId, :type)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.accept(event);
        return true;
    }
}
