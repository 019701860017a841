package vn.cps.notification.rest;

import java.util.List;

/** One page of the inbox, newest first; pass {@code nextCursor} as {@code cursor} for the next. */
public record NotificationPage(List<NotificationView> items, String nextCursor, long unreadCount) {
}
