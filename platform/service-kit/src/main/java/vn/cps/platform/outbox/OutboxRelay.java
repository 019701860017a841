package vn.cps.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import vn.cps.events.CloudEventHeaders;
import vn.cps.platform.work.DrainWorker;

/**
 * Publishes outbox rows to Kafka: woken right after each commit, with a periodic sweep as the
 * safety net. Batches are locked with {@code FOR UPDATE SKIP LOCKED} so replicas share the work,
 * and a row is taken only when no earlier row of its aggregate is still unpublished, which keeps
 * the order per aggregate even across replicas. Delivery is at least once; consumers dedupe.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String SELECT_BATCH = """
            SELECT e.id, e.aggregate_id, e.type, e.payload, e.occurred_at, e.traceparent
              FROM outbox_event e
             WHERE e.published_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM outbox_event p
                                WHERE p.aggregate_id = e.aggregate_id
                                  AND p.published_at IS NULL
                                  AND p.seq < e.seq)
             ORDER BY e.seq
             LIMIT ?
               FOR UPDATE SKIP LOCKED""";

    private static final String MARK_PUBLISHED = """
            WITH done AS (UPDATE outbox_event SET published_at = now(), attempts = attempts + 1
                           WHERE id = ANY (?)
                       RETURNING id, aggregate_id)
            SELECT EXISTS (SELECT 1 FROM outbox_event w
                            WHERE w.published_at IS NULL
                              AND w.aggregate_id IN (SELECT aggregate_id FROM done)
                              AND w.id NOT IN (SELECT id FROM done))""";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter failedBatches;
    private final DrainWorker worker;
    private KafkaProducer<String, String> producer;

    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, MeterRegistry registry,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.published = registry.counter("cps.outbox.published");
        this.failedBatches = registry.counter("cps.outbox.failed.batches");
        this.worker = new DrainWorker("outbox-relay", config.debounce(), this::drain);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventWritten event) {
        wake();
    }

    @Scheduled(every = "${cps.outbox.sweep-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wake();
    }

    /** Asks the relay thread to drain; calls while a drain is queued coalesce into it. */
    public void wake() {
        if (config.relayEnabled()) {
            worker.wake();
        }
    }

    private void drain() {
        try {
            boolean more;
            do {
                more = QuarkusTransaction.requiringNew()
                        .timeout((int) config.deliveryTimeout().toSeconds() + 30)
                        .call(this::publishBatch);
            } while (more && !worker.stopping());
        } catch (RuntimeException e) {
            failedBatches.increment();
            closeProducer();
            LOG.warnf("Outbox relay could not publish, will retry on the next sweep: %s", e.getMessage());
        }
    }

    /**
     * Publishes one batch and marks it published.
     *
     * @return whether more may be ready: the batch was full, or a later event of one of its
     *     aggregates waited for it (no empty transaction is spent to find out there is nothing)
     */
    private boolean publishBatch() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_BATCH)) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5), rs.getString(6)));
                }
            }
            if (rows.isEmpty()) {
                return false;
            }
            KafkaProducer<String, String> kafka = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                acks.add(kafka.send(row.toRecord(config.topic(), config.source())));
            }
            // the whole batch leaves now, in as few requests as the partitions allow, without waiting out linger.ms
            kafka.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(config.deliveryTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
            }
            boolean laterWaiting = markPublished(connection, rows.stream().map(Row::id).toList());
            published.increment(rows.size());
            return rows.size() == config.batchSize() || laterWaiting;
        }
    }

    /**
     * Marks the batch published and, in the same statement, tells whether a later event of one of
     * its aggregates is still waiting. The outer query sees the rows as they were before the
     * update, so the batch's own ids are left out of the check. Package-private for its test: a
     * wrong answer loses no event (the sweep takes it) but delays the rest of an aggregate's events.
     */
    static boolean markPublished(Connection connection, List<UUID> ids) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(MARK_PUBLISHED)) {
            mark.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = mark.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            // kafka.* of the configuration (bootstrap servers, TLS, SASL) as for the consumers; ours below win
            kafkaConfig.forEach((key, value) -> {
                if (ProducerConfig.configNames().contains(key)) {
                    props.put(key, value);
                }
            });
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            int timeout = (int) config.deliveryTimeout().toMillis();
            // records are sent together by the flush after each batch; linger only lets them gather meanwhile
            int linger = 5;
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
            // the producer refuses a delivery timeout shorter than linger plus the request timeout
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, Math.min(timeout - linger, 5_000)));
            props.put(ProducerConfig.LINGER_MS_CONFIG, linger);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                // zero: drop what is still buffered; the rows stay unpublished and go out in the next batch
                producer.close(java.time.Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.stop(java.time.Duration.ofSeconds(10));
        closeProducer();
    }

    private record Row(UUID id, String aggregateId, String type, String payload, Timestamp occurredAt,
            String traceparent) {

        ProducerRecord<String, String> toRecord(String topic, String source) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE.getBytes(UTF_8));
            headers.add(CloudEventHeaders.ID, id.toString().getBytes(UTF_8));
            headers.add(CloudEventHeaders.SOURCE, source.getBytes(UTF_8));
            headers.add(CloudEventHeaders.TYPE, type.getBytes(UTF_8));
            headers.add(CloudEventHeaders.TIME,
                    DateTimeFormatter.ISO_INSTANT.format(occurredAt.toInstant()).getBytes(UTF_8));
            headers.add(CloudEventHeaders.SUBJECT, aggregateId.getBytes(UTF_8));
            headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
            if (traceparent != null) {
                headers.add(CloudEventHeaders.TRACEPARENT, traceparent.getBytes(UTF_8));
            }
            return new ProducerRecord<>(topic, null, aggregateId, payload, headers);
        }
    }
}
