package vn.cps.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** That one user read one inbox entry, and when: read state is per person, not per role. */
@Entity
@Table(name = "notification_read")
public class NotificationRead {

    @EmbeddedId
    private Key id;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected NotificationRead() {
    }

    public NotificationRead(UUID notificationId, String userId, Instant readAt) {
        this.id = new Key(notificationId, userId);
        this.readAt = readAt;
    }

    public Instant readAt() {
        return readAt;
    }

    @Embeddable
    public record Key(@Column(name = "notification_id") UUID notificationId,
            @Column(name = "user_id") String userId) implements Serializable {
    }
}
