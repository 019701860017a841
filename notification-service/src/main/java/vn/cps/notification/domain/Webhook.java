package vn.cps.notification.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import vn.cps.platform.sealing.SealedColumn;

/** A partner system's endpoint for one agency; every body sent to it is signed with its secret. */
@Entity
@Cacheable
@Table(name = "webhook")
public class Webhook {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(nullable = false)
    private String url;

    /** Sealed at rest: a copy of the table must not let anyone sign as us. */
    @Column(nullable = false)
    @Convert(converter = SealedColumn.class)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Webhook() {
    }

    public static Webhook register(String agencyCode, String url, String createdBy, Instant now) {
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.agencyCode = agencyCode;
        w.url = url;
        w.secret = newSecret();
        w.active = true;
        w.createdBy = createdBy;
        w.createdAt = now;
        return w;
    }

    /** A new secret; the old one stops signing at once. */
    public void rotateSecret() {
        secret = newSecret();
    }

    public void deactivate() {
        active = false;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    public UUID id() {
        return id;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
