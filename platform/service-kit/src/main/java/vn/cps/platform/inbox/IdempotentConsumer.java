package vn.cps.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies each event at most once: its id is recorded in {@code processed_event} in the same
 * transaction as the effect, so a redelivered event changes nothing and a failed effect leaves
 * no trace and is tried again. Poison (no CloudEvents headers, unreadable payload) is thrown at
 * once, and the messaging connector moves it to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;
    private final ConsumptionConfig config;

    IdempotentConsumer(EntityManager entityManager, ConsumptionConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /**
     * Reads the record as a CloudEvent and applies the effect once, retrying with backoff while the
     * effect fails for reasons other than poison.
     *
     * @return true when the effect ran, false when the event had been applied before
     */
    public boolean consume(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.from(record);
        long backoff = config.firstBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(event, effect));
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts()) {
                    throw e;
                }
                LOG.warnf("Event %s (%s) failed on attempt %d, retrying in %d ms: %s", event.id(), event.type(),
                        attempt, backoff, e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    /**
     * Applies the event once inside the caller's transaction: for a replay that reads a topic itself
     * and owns its transactions.
     *
     * @return true when the effect ran, false when the event had been applied before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyOnce(IncomingEvent event, Consumer<IncomingEvent> effect) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type)
                VALUES (:consumer, :eventId, :type)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter("consumer", config.name())
                .setParameter("eventId", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("Event %s already applied by %s", event.id(), config.name());
            return false;
        }
        effect.accept(event);
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
