package vn.cps.notification.domain;

public enum NotificationType {
    CASE_OPENED
}
