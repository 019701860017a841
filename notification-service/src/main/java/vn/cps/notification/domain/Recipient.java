package vn.cps.notification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who wants email or SMS: where to reach them, what they muted, and the roles,
 * jurisdiction and agency their token carried when they last saved, by which rules find them.
 */
@Entity
@Cacheable
@Table(name = "recipient")
public class Recipient {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column
    private String email;

    @Column
    private String phone;

    @Column
    private String jurisdiction;

    @Column
    private String agency;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "recipient_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "recipient_muted_channel", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "channel")
    @Enumerated(EnumType.STRING)
    private Set<Channel> muted = EnumSet.noneOf(Channel.class);

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Recipient() {
    }

    public static Recipient of(String userId) {
        Recipient r = new Recipient();
        r.userId = userId;
        return r;
    }

    /**
     * A person as the directory lists them, with what they saved overriding email, phone and muted
     * channels. Not persisted: it only answers {@link #addressFor} for one routing.
     */
    public static Recipient fromDirectory(DirectoryPerson person, Recipient saved) {
        Recipient r = new Recipient();
        r.userId = person.userId();
        r.email = saved != null && saved.email != null ? saved.email : person.email();
        r.phone = saved != null && saved.phone != null ? saved.phone : person.phone();
        if (saved != null) {
            r.muted.addAll(saved.muted);
        }
        r.roles.addAll(person.roles());
        r.jurisdiction = person.jurisdiction();
        r.agency = person.agency();
        r.updatedAt = saved != null ? saved.updatedAt : null;
        return r;
    }

    /** Saves the person's settings and refreshes who they are from their token. */
    public void save(String email, String phone, Set<Channel> muted, Set<String> roles, String jurisdiction,
            String agency, Instant now) {
        for (Channel channel : muted) {
            if (!channel.mutable()) {
                throw new IllegalArgumentException("The " + channel + " channel cannot be muted");
            }
        }
        this.email = email;
        this.phone = phone;
        this.muted.clear();
        this.muted.addAll(muted);
        this.roles.clear();
        this.roles.addAll(roles);
        this.jurisdiction = jurisdiction;
        this.agency = agency;
        this.updatedAt = now;
    }

    /** Where this person is reached through the channel, unless they muted it; legal-deadline alerts ignore mutes. */
    public String addressFor(Channel channel, boolean legalDeadline) {
        if (muted.contains(channel) && !legalDeadline) {
            return null;
        }
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> phone;
            default -> null;
        };
    }

    public String userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Set<Channel> muted() {
        return Set.copyOf(muted);
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String agency() {
        return agency;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
