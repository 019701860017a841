package vn.cps.notification.domain;

import java.time.Instant;

/** An inbox entry as one person sees it: read by them or not. */
public record InboxEntry(Notification notification, Instant readAt) {
}
