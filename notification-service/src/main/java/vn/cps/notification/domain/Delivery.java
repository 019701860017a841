package vn.cps.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One notification sent through one channel to one receiver (a person's email or phone, or an
 * agency's webhook). Its id travels with every attempt, so a receiver that got it twice (a crash
 * between sending and recording) can drop the second.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    /** Where a delivery stands. */
    @Schema(name = "DeliveryStatus", description = "Where a delivery stands: PENDING, not sent yet or failed and "
            + "waiting for its next attempt (nextAttemptAt); DELIVERED, accepted by the receiver (the mail or SMS "
            + "gateway, or the partner endpoint with a 2xx); DEAD, given up after its last attempt or a failure not "
            + "worth retrying (an admin may send it again).")
    public enum Status { PENDING, DELIVERED, DEAD }

    @Id
    private UUID id;

    @Column(name = "notification_id", nullable = false)
    private UUID notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "recipient_user")
    private String recipientUser;

    @Column(name = "webhook_id")
    private UUID webhookId;

    @Column(nullable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Delivery() {
    }

    public static Delivery toPerson(Notification notification, Channel channel, String userId, String address,
            Instant now) {
        Delivery d = pending(notification, channel, address, now);
        d.recipientUser = userId;
        return d;
    }

    public static Delivery toWebhook(Notification notification, Webhook webhook, Instant now) {
        Delivery d = pending(notification, Channel.WEBHOOK, webhook.url(), now);
        d.webhookId = webhook.id();
        return d;
    }

    private static Delivery pending(Notification notification, Channel channel, String address, Instant now) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.notificationId = notification.id();
        d.channel = channel;
        d.address = address;
        d.status = Status.PENDING;
        d.createdAt = now;
        d.nextAttemptAt = now;
        return d;
    }

    public void delivered(Instant now) {
        requirePending();
        attempts++;
        status = Status.DELIVERED;
        lastError = null;
        nextAttemptAt = null;
        finishedAt = now;
    }

    /**
     * Records a failed attempt: retried later on the schedule, or given up (dead-lettered) when it
     * was the last attempt or the failure is permanent.
     *
     * @return true when the delivery is given up
     */
    public boolean failed(DeliveryFailure failure, RetrySchedule schedule, RandomGenerator random, Instant now) {
        requirePending();
        attempts++;
        lastError = failure.getMessage();
        if (failure.permanent() || schedule.exhausted(attempts)) {
            status = Status.DEAD;
            nextAttemptAt = null;
            finishedAt = now;
            return true;
        }
        nextAttemptAt = now.plus(schedule.delayAfter(attempts, random));
        return false;
    }

    /** A dead delivery sent again from the start, e.g. after the partner fixed its endpoint. */
    public void retry(Instant now) {
        if (status != Status.DEAD) {
            throw new IllegalStateException("Only a dead delivery can be retried; this one is " + status);
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        finishedAt = null;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID notificationId() {
        return notificationId;
    }

    public Channel channel() {
        return channel;
    }

    public String recipientUser() {
        return recipientUser;
    }

    public UUID webhookId() {
        return webhookId;
    }

    public String address() {
        return address;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
