package vn.cps.notification.domain;

/** A delivery with the notification it sent, as the delivery log shows it. */
public record LoggedDelivery(Delivery delivery, Notification notification) {
}
