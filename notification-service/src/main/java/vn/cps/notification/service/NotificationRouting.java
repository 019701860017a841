package vn.cps.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.cps.notification.domain.Channel;
import vn.cps.notification.domain.Delivery;
import vn.cps.notification.domain.Notification;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.domain.Recipient;
import vn.cps.notification.domain.RoutingRule;
import vn.cps.notification.domain.Webhook;
import vn.cps.notification.persistence.DeliveryRepository;
import vn.cps.notification.persistence.EnabledRules;
import vn.cps.notification.persistence.NotificationRepository;
import vn.cps.notification.persistence.RecipientRepository;
import vn.cps.notification.persistence.WebhookRepository;

/**
 * Applies the routing rules of an occurrence: for each enabled rule of its trigger and each
 * address the rule's scope finds, one notification (in the inbox when the rule says so) and one
 * delivery per person or webhook to reach through the rule's other channels. Runs in the
 * transaction that consumed the event or fired the reminder, so that all of it happens once.
 */
@ApplicationScoped
public class NotificationRouting {

    private static final Logger LOG = Logger.getLogger(NotificationRouting.class);

    private final EnabledRules rules;
    private final NotificationRepository notifications;
    private final RecipientRepository recipients;
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final Event<DeliveriesQueued> queued;
    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();

    NotificationRouting(EnabledRules rules, NotificationRepository notifications,
            RecipientRepository recipients, WebhookRepository webhooks, DeliveryRepository deliveries,
            Event<DeliveriesQueued> queued, MeterRegistry registry) {
        this.rules = rules;
        this.notifications = notifications;
        this.recipients = recipients;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.queued = queued;
        this.registry = registry;
    }

    /** @return the notifications made */
    @Transactional(Transactional.TxType.MANDATORY)
    public int route(Occurrence occurrence) {
        int made = 0;
        int queuedDeliveries = 0;
        for (RoutingRule rule : rules.of(occurrence.trigger())) {
            List<Occurrence.Address> addresses = occurrence.addresses(rule.recipientScope());
            if (addresses.isEmpty()) {
                LOG.debugf("Rule %s found no address in %s", rule.id(), occurrence.trigger());
                continue;
            }
            for (Occurrence.Address address : addresses) {
                Notification notification = Notification.of(rule, occurrence, address, clock.instant());
                notifications.persist(notification);
                made++;
                queuedDeliveries += queueDeliveries(rule, notification, address);
                registry.counter("cps.notifications.routed", "type", notification.type()).increment();
            }
        }
        if (queuedDeliveries > 0) {
            queued.fire(new DeliveriesQueued(queuedDeliveries));
        }
        return made;
    }

    private int queueDeliveries(RoutingRule rule, Notification notification, Occurrence.Address address) {
        Set<Channel> channels = rule.channels();
        int count = 0;
        for (Channel channel : channels) {
            if (channel == Channel.WEBHOOK) {
                if (address.agency() != null) {
                    for (Webhook webhook : webhooks.activeFor(address.agency())) {
                        deliveries.persist(Delivery.toWebhook(notification, webhook, clock.instant()));
                        count++;
                    }
                }
            } else if (channel.sent()) {
                for (Recipient person : recipients.reachable(rule.recipientRole(), address)) {
                    String to = person.addressFor(channel, rule.legalDeadline());
                    if (to != null) {
                        deliveries.persist(Delivery.toPerson(notification, channel, person.userId(), to,
                                clock.instant()));
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
