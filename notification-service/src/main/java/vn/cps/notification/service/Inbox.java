package vn.cps.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.cps.notification.domain.InboxEntry;
import vn.cps.notification.domain.Notification;
import vn.cps.notification.domain.NotificationRead;
import vn.cps.notification.persistence.NotificationRepository;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.security.Caller;
import vn.cps.platform.web.KeysetCursor;
import vn.cps.platform.web.KeysetPage;

/**
 * The in-app inbox: entries addressed to the caller's roles in their jurisdiction or at their
 * agency, each with the caller's own read state.
 */
@ApplicationScoped
public class Inbox {

    private final NotificationRepository notifications;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    Inbox(NotificationRepository notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    /** A page of the inbox, the cursor of the next one (null at the end) and the caller's unread count. */
    public record Page(List<InboxEntry> items, String nextCursor, long unread) {
    }

    @Transactional
    public Page list(boolean unreadOnly, String cursor, int limit) {
        KeysetCursor after = KeysetCursor.decode(cursor);
        String jurisdiction = caller.jurisdiction().code();
        String agency = caller.agency().orElse(null);
        KeysetPage<InboxEntry> page = KeysetPage.of(notifications.inbox(caller.userId(), caller.roles(), jurisdiction,
                agency, unreadOnly, after == null ? null : after.at(), after == null ? null : after.id(), limit + 1),
                limit, e -> new KeysetCursor(e.notification().createdAt(), e.notification().id()));
        return new Page(page.items(), page.nextCursor(),
                notifications.unread(caller.userId(), caller.roles(), jurisdiction, agency));
    }

    /** Marks an entry read for the caller; reading it again keeps the first time. */
    @Transactional
    public InboxEntry markRead(UUID id) {
        Notification found = notifications.findById(id);
        if (found == null || !found.addressedTo(caller.roles(), caller.jurisdiction().code(),
                caller.agency().orElse(null))) {
            throw ProblemException.notFound("Notification", id);
        }
        NotificationRead read = notifications.readBy(id, caller.userId());
        if (read == null) {
            read = new NotificationRead(id, caller.userId(), clock.instant());
            notifications.markRead(read);
        }
        return new InboxEntry(found, read.readAt());
    }
}
