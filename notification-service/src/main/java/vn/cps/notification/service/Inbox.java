package vn.cps.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.events.plans.TargetStatusV1;
import vn.cps.notification.config.InboxConfig;
import vn.cps.notification.domain.Notification;
import vn.cps.notification.domain.NotificationType;
import vn.cps.notification.persistence.NotificationRepository;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.platform.web.KeysetCursor;

/** The in-app inbox: filled from events, read by the people of a role in a jurisdiction. */
@ApplicationScoped
public class Inbox {

    private final NotificationRepository notifications;
    private final Caller caller;
    private final InboxConfig config;
    private final Clock clock = Clock.systemUTC();

    Inbox(NotificationRepository notifications, Caller caller, InboxConfig config) {
        this.notifications = notifications;
        this.caller = caller;
        this.config = config;
    }

    /** A page of the inbox and the cursor of the next one (null at the end). */
    public record Page(List<Notification> items, String nextCursor, long unread) {
    }

    /** Tells the commune that owns a new case. Runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpenedV1 event, String eventId) {
        notifications.persist(Notification.caseOpened(config.caseOpenedRecipientRole(), event.communeCode(),
                event.caseId(), event.reference(), event.emergencyDeadline(), eventId, clock.instant()));
    }

    /** Tells the plan managers of the target's jurisdiction that it fell behind. Runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void targetBehind(TargetStatusV1 event, String eventId) {
        NotificationType type = "MISSED".equals(event.status()) ? NotificationType.TARGET_MISSED
                : NotificationType.TARGET_AT_RISK;
        notifications.persist(Notification.targetBehind(config.targetRecipientRole(), event.jurisdiction(),
                event.planId(), type, eventId, clock.instant()));
    }

    @Transactional
    public Page list(boolean unreadOnly, String cursor, int limit) {
        String jurisdiction = caller.jurisdiction().code();
        KeysetCursor after = KeysetCursor.decode(cursor);
        List<Notification> page = notifications.inbox(caller.roles(), jurisdiction, unreadOnly,
                after == null ? null : after.at(), after == null ? null : after.id(), limit + 1);
        String next = null;
        if (page.size() > limit) {
            page = page.subList(0, limit);
            Notification last = page.get(limit - 1);
            next = new KeysetCursor(last.createdAt(), last.id()).encode();
        }
        return new Page(page, next, notifications.unread(caller.roles(), jurisdiction));
    }

    @Transactional
    public Notification markRead(UUID id) {
        Notification found = notifications.findById(id);
        if (found == null || !caller.roles().contains(found.recipientRole())
                || !found.recipientJurisdiction().equals(caller.jurisdiction().code())) {
            throw ProblemException.notFound("Notification", id);
        }
        found.markRead(caller.userId(), clock.instant());
        return found;
    }
}
