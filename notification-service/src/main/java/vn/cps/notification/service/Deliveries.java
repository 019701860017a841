package vn.cps.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;
import vn.cps.events.EventTypes;
import vn.cps.events.notifications.DeliveryOutcomeV1;
import vn.cps.notification.channel.ChannelSenders;
import vn.cps.notification.config.NotificationConfig;
import vn.cps.notification.domain.Channel;
import vn.cps.notification.domain.Delivery;
import vn.cps.notification.domain.LoggedDelivery;
import vn.cps.notification.domain.DeliveryFailure;
import vn.cps.notification.domain.Notification;
import vn.cps.notification.domain.NotificationMessage;
import vn.cps.notification.domain.RetrySchedule;
import vn.cps.notification.domain.Webhook;
import vn.cps.notification.persistence.DeliveryRepository;
import vn.cps.notification.persistence.NotificationRepository;
import vn.cps.notification.persistence.WebhookRepository;
import vn.cps.platform.outbox.Outbox;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.platform.security.Jurisdiction;
import vn.cps.platform.web.KeysetCursor;
import vn.cps.platform.web.KeysetPage;

/**
 * Sends queued deliveries and keeps their log. Deliveries are sent in batches, each inside the
 * transaction that holds the batch's row locks and records the outcomes with their
 * {@code vn.cps.notification.*} events, so a delivery is recorded once; a crash after sending and
 * before the commit sends the batch's deliveries once more, with the same notification ids for the
 * receivers to drop.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    /** Matches no notification's province. */
    private static final String NO_PROVINCE = "--";

    private final DeliveryRepository deliveries;
    private final NotificationRepository notifications;
    private final WebhookRepository webhooks;
    private final ChannelSenders senders;
    private final Outbox outbox;
    private final Caller caller;
    private final NotificationConfig config;
    private final RetrySchedule schedule;
    private final MeterRegistry registry;
    private final RandomGenerator random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    Deliveries(DeliveryRepository deliveries, NotificationRepository notifications, WebhookRepository webhooks,
            ChannelSenders senders, Outbox outbox, Caller caller, NotificationConfig config, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.senders = senders;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
        this.registry = registry;
        this.schedule = new RetrySchedule(config.delivery().maxAttempts(), config.delivery().firstBackoff(),
                config.delivery().maxBackoff());
    }

    /**
     * Sends the due deliveries, up to {@code limit}, in one transaction: their rows are locked,
     * their notifications read with one query, and every outcome is committed together.
     *
     * @return how many were due (fewer than {@code limit}: nothing else is due now)
     */
    public int deliverDue(int limit) {
        int timeout = (int) config.delivery().timeout().toSeconds() * 2 * limit + 30;
        return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> {
            List<Delivery> due = deliveries.lockDue(clock.instant(), limit);
            if (!due.isEmpty()) {
                // into the persistence context, so that each attempt finds its notification without a query
                notifications.load(due.stream().map(Delivery::notificationId).distinct().toList());
            }
            due.forEach(this::attempt);
            return due.size();
        });
    }

    private void attempt(Delivery delivery) {
        Notification notification = notifications.findById(delivery.notificationId());
        NotificationMessage message = NotificationMessage.of(delivery, notification, config.linkBaseUrl());
        Webhook webhook = delivery.webhookId() == null ? null : webhooks.findById(delivery.webhookId());
        Instant now;
        try {
            send(delivery, message, webhook);
            now = clock.instant();
            delivery.delivered(now);
            publish(EventTypes.NOTIFICATION_DELIVERED_V1, delivery, notification, webhook, now);
            registry.counter("cps.deliveries", "channel", delivery.channel().name(), "outcome", "delivered").increment();
        } catch (DeliveryFailure failure) {
            now = clock.instant();
            boolean dead = delivery.failed(failure, schedule, random, now);
            registry.counter("cps.deliveries", "channel", delivery.channel().name(), "outcome",
                    dead ? "dead" : "retry").increment();
            if (dead) {
                LOG.warnf("Delivery %s (%s) given up after %d attempts: %s", delivery.id(), delivery.channel(),
                        delivery.attempts(), failure.getMessage());
                publish(EventTypes.NOTIFICATION_FAILED_V1, delivery, notification, webhook, now);
            } else {
                LOG.infof("Delivery %s (%s) attempt %d failed (%s); next at %s", delivery.id(), delivery.channel(),
                        delivery.attempts(), failure.getMessage(), delivery.nextAttemptAt());
            }
        }
    }

    private void send(Delivery delivery, NotificationMessage message, Webhook webhook) throws DeliveryFailure {
        try {
            switch (delivery.channel()) {
                case EMAIL -> senders.email(delivery.address(), message);
                case SMS -> senders.sms(delivery.address(), message);
                case WEBHOOK -> {
                    if (webhook == null || !webhook.active()) {
                        throw new DeliveryFailure("WEBHOOK_REMOVED", true);
                    }
                    senders.webhook(webhook.url(), webhook.secret(), message);
                }
                default -> throw new DeliveryFailure("NOT_A_SENT_CHANNEL", true);
            }
        } catch (RuntimeException e) {
            // a sender's unexpected error fails this delivery alone (retried on its schedule), not its whole batch
            LOG.warnf(e, "Delivery %s (%s) failed unexpectedly", delivery.id(), delivery.channel());
            throw new DeliveryFailure("SEND_ERROR", false);
        }
    }

    private void publish(String type, Delivery delivery, Notification notification, Webhook webhook, Instant now) {
        outbox.append("delivery", delivery.id(), type, new DeliveryOutcomeV1(delivery.id(), notification.id(),
                notification.type(), delivery.channel().name(), webhook == null ? null : webhook.agencyCode(),
                notification.caseId(), notification.planId(), notification.provinceCode(), delivery.attempts(),
                delivery.status() == Delivery.Status.DELIVERED ? null : delivery.lastError(), now));
    }

    /** A page of the delivery log and the cursor of the next one. */
    public record LogPage(List<LoggedDelivery> items, String nextCursor) {
    }

    /** The delivery log for admins and auditors: the whole country, or their province. */
    @Transactional
    public LogPage log(Delivery.Status status, Channel channel, UUID notificationId, UUID caseId, String cursor,
            int limit) {
        String province = provinceInScope();
        KeysetCursor after = KeysetCursor.decode(cursor);
        KeysetPage<LoggedDelivery> page = KeysetPage.of(deliveries.log(province, status, channel, notificationId,
                caseId, after == null ? null : after.at(), after == null ? null : after.id(), limit + 1), limit,
                l -> new KeysetCursor(l.delivery().createdAt(), l.delivery().id()));
        return new LogPage(page.items(), page.nextCursor());
    }

    /** Sends a dead delivery again from the first attempt (the partner fixed its endpoint, the address was corrected). */
    @Transactional
    public LoggedDelivery retry(UUID id) {
        Delivery delivery = deliveries.findById(id);
        Notification notification = delivery == null ? null : notifications.findById(delivery.notificationId());
        String province = provinceInScope();
        if (notification == null || (province != null && !province.equals(notification.provinceCode()))) {
            throw ProblemException.notFound("Delivery", id);
        }
        if (delivery.status() != Delivery.Status.DEAD) {
            throw ProblemException.conflict("Only a dead delivery can be retried; this one is " + delivery.status());
        }
        delivery.retry(clock.instant());
        return new LoggedDelivery(delivery, notification);
    }

    /** null for the whole country; a province code; a caller scoped to a commune or to nothing sees no log. */
    private String provinceInScope() {
        Jurisdiction jurisdiction = caller.jurisdiction();
        return switch (jurisdiction.level()) {
            case NATIONAL -> null;
            case PROVINCE -> jurisdiction.code();
            default -> NO_PROVINCE;
        };
    }
}
