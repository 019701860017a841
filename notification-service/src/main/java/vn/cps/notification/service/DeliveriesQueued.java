package vn.cps.notification.service;

/** Fired when a transaction queued deliveries; the dispatcher starts right after it commits. */
public record DeliveriesQueued(int count) {
}
