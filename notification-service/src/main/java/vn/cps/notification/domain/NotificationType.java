package vn.cps.notification.domain;

public enum NotificationType {
    CASE_OPENED,
    TARGET_AT_RISK,
    TARGET_MISSED
}
