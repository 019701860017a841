package vn.cps.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Applies each event at most once: its id is recorded in {@code processed_event} in the same
 * transaction as the effect, so a redelivered event changes nothing and a failed effect leaves
 * no trace and is tried again. A polled batch is one transaction with one statement for its ids;
 * when that transaction fails, its events are tried one by one, so that a poison record (no
 * CloudEvents headers, unreadable payload) or one that keeps failing goes alone to the
 * dead-letter topic with its reason while the others are applied.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;
    private final ConsumptionConfig config;
    private final Counter batches;
    private final Counter singly;

    IdempotentConsumer(EntityManager entityManager, ConsumptionConfig config, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.config = config;
        this.batches = registry.counter("cps.consumer.batches");
        this.singly = registry.counter("cps.consumer.batches.retried.singly");
    }

    /**
     * Applies a polled batch once, then acknowledges it. Records the effect has no use for are
     * acknowledged without a transaction; poison is dead-lettered record by record.
     *
     * @return completes when every record is applied, skipped or dead-lettered, and the batch acknowledged
     */
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch, EventEffect effect) {
        List<CompletionStage<Void>> deadLettered = new ArrayList<>();
        List<Read> useful = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                IncomingEvent event = IncomingEvent.from(record);
                if (effect.handles(event.type())) {
                    useful.add(new Read(record, event));
                }
            } catch (PoisonEventException e) {
                deadLettered.add(record.nack(e));
            }
        }
        if (!useful.isEmpty()) {
            try {
                batches.increment();
                QuarkusTransaction.requiringNew().run(() -> applyOnce(useful.stream().map(Read::event).toList(), effect));
            } catch (RuntimeException e) {
                singly.increment();
                LOG.warnf("A batch of %d events failed (%s); applying them one by one", useful.size(), e.getMessage());
                for (Read read : useful) {
                    try {
                        applyWithRetries(read.event(), effect);
                    } catch (RuntimeException failed) {
                        deadLettered.add(read.record().nack(failed));
                    }
                }
            }
        }
        // the batch's offsets are committed only once its dead letters are written
        return CompletableFuture.allOf(deadLettered.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /**
     * Applies the events not applied before inside the caller's transaction: their ids go into
     * {@code processed_event} in one statement, and the effect gets the fresh ones in order (an id
     * twice in the list counts once).
     *
     * @return how many events were fresh and applied
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyOnce(List<IncomingEvent> events, EventEffect effect) {
        Map<String, IncomingEvent> byId = new LinkedHashMap<>();
        for (IncomingEvent event : events) {
            byId.putIfAbsent(event.id(), event);
        }
        if (byId.isEmpty()) {
            return 0;
        }
        Set<String> fresh = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id, event_type)
                    SELECT ?, e.id, e.type FROM unnest(?::varchar[], ?::varchar[]) AS e(id, type)
                    ON CONFLICT (consumer, event_id) DO NOTHING
                    RETURNING event_id""")) {
                insert.setString(1, config.name());
                insert.setArray(2, connection.createArrayOf("varchar", byId.keySet().toArray()));
                insert.setArray(3, connection.createArrayOf("varchar",
                        byId.values().stream().map(IncomingEvent::type).toArray()));
                Set<String> ids = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
        List<IncomingEvent> toApply = byId.values().stream().filter(e -> fresh.contains(e.id())).toList();
        if (toApply.size() < byId.size()) {
            LOG.debugf("%d of %d events already applied by %s", byId.size() - toApply.size(), byId.size(),
                    config.name());
        }
        if (!toApply.isEmpty()) {
            effect.apply(toApply);
        }
        return toApply.size();
    }

    /** One event in its own transaction, retried with backoff while it fails for reasons other than poison. */
    private void applyWithRetries(IncomingEvent event, EventEffect effect) {
        long backoff = config.firstBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(List.of(event), effect));
                return;
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

    private record Read(KafkaRecord<String, String> record, IncomingEvent event) {
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
