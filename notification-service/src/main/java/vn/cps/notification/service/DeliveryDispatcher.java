package vn.cps.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.jboss.logging.Logger;
import vn.cps.notification.config.NotificationConfig;
import vn.cps.platform.work.DrainWorker;

/**
 * Drains due deliveries on one worker thread, a batch per transaction
 * ({@code cps.notification.delivery.batch-size}): woken shortly after a transaction queued some
 * ({@code cps.notification.delivery.debounce}, so the commits of that time share a batch), and
 * by a sweep that picks up retries whose backoff ran out (and anything a crash left behind).
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final Deliveries deliveries;
    private final int batchSize;
    private final DrainWorker worker;

    DeliveryDispatcher(Deliveries deliveries, NotificationConfig config) {
        this.deliveries = deliveries;
        this.batchSize = config.delivery().batchSize();
        this.worker = new DrainWorker("delivery-dispatcher", config.delivery().debounce(), this::drain);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
        worker.wake();
    }

    @Scheduled(every = "${cps.notification.delivery.sweep-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        worker.wake();
    }

    private void drain() {
        try {
            // a batch per transaction; a short batch means nothing else is due, so no empty transaction follows
            while (!worker.stopping() && deliveries.deliverDue(batchSize) == batchSize) {
                // next batch
            }
        } catch (RuntimeException e) {
            LOG.warnf("Delivery dispatcher stopped draining, will retry on the next sweep: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.stop(Duration.ofSeconds(10));
    }
}
