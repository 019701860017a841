package vn.cps.platform.work;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;
import vn.cps.platform.inbox.ConsumptionConfig;
import vn.cps.platform.outbox.OutboxConfig;

/**
 * Keeps the message log bounded: published outbox rows and applied event ids older than their
 * retention are deleted, oldest first, a chunk per transaction so that no delete holds locks long.
 */
@ApplicationScoped
public class MessageLogRetention {

    private static final Logger LOG = Logger.getLogger(MessageLogRetention.class);
    static final int CHUNK = 5_000;

    private final EntityManager entityManager;
    private final OutboxConfig outbox;
    private final ConsumptionConfig consumption;
    private final Clock clock = Clock.systemUTC();

    MessageLogRetention(EntityManager entityManager, OutboxConfig outbox, ConsumptionConfig consumption) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.consumption = consumption;
    }

    @Scheduled(every = "${cps.message-log.retention-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            long outboxRows = prune("outbox_event", """
                    DELETE FROM outbox_event WHERE id IN (
                        SELECT id FROM outbox_event WHERE published_at < :cutoff ORDER BY seq LIMIT :chunk)""",
                    outbox.retention());
            long processedRows = prune("processed_event", """
                    DELETE FROM processed_event WHERE ctid IN (
                        SELECT ctid FROM processed_event WHERE processed_at < :cutoff LIMIT :chunk)""",
                    consumption.retention());
            if (outboxRows + processedRows > 0) {
                LOG.infof("Message log retention: %d published outbox rows and %d applied event ids deleted",
                        outboxRows, processedRows);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Message log retention failed, will retry at the next run: %s", e.getMessage());
        }
    }

    /** Deletes chunk after chunk until a chunk comes back short; returns the rows deleted. */
    private long prune(String table, String delete, Duration retention) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC);
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(delete)
                    .unwrap(NativeQuery.class).addSynchronizedQuerySpace(table) // else Hibernate clears all caches
                    .setParameter("cutoff", cutoff).setParameter("chunk", CHUNK).executeUpdate());
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
