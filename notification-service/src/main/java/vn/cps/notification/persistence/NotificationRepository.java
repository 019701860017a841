package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import vn.cps.notification.domain.InboxEntry;
import vn.cps.notification.domain.Notification;
import vn.cps.notification.domain.NotificationRead;

/**
 * Inbox queries: entries addressed to one of the person's roles in exactly their jurisdiction or at
 * their agency, with their own read state, newest first, keyset-paginated.
 */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    private static final String ADDRESSED = """
             from Notification n
             left join NotificationRead r on r.id.notificationId = n.id and r.id.userId = :user
            where n.inInbox = true and n.recipientRole in :roles
              and (n.recipientJurisdiction = :jurisdiction or n.recipientAgency = :agency)""";

    /**
     * The notifications of these ids into the persistence context, in one statement. Hibernate's
     * multi-load keeps one prepared loader; an HQL {@code id in ?1} was translated to SQL anew for
     * each list length (8 % of notification-service's profile, in the delivery dispatcher).
     */
    public List<Notification> load(List<UUID> ids) {
        return getEntityManager().unwrap(Session.class).byMultipleIds(Notification.class).multiLoad(ids);
    }

    public List<InboxEntry> inbox(String userId, Collection<String> roles, String jurisdiction, String agency,
            boolean unreadOnly, Instant afterCreatedAt, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("select n, r.readAt").append(ADDRESSED);
        if (unreadOnly) {
            query.append(" and r.readAt is null");
        }
        if (afterCreatedAt != null) {
            query.append(" and (n.createdAt < :at or (n.createdAt = :at and n.id < :id))");
        }
        query.append(" order by n.createdAt desc, n.id desc");
        TypedQuery<Object[]> select = getEntityManager().createQuery(query.toString(), Object[].class);
        bind(select, userId, roles, jurisdiction, agency);
        if (afterCreatedAt != null) {
            select.setParameter("at", afterCreatedAt).setParameter("id", afterId);
        }
        return select.setMaxResults(limit).getResultList().stream()
                .map(row -> new InboxEntry((Notification) row[0], (Instant) row[1])).toList();
    }

    public long unread(String userId, Collection<String> roles, String jurisdiction, String agency) {
        TypedQuery<Long> count = getEntityManager().createQuery("select count(n)" + ADDRESSED + " and r.readAt is null",
                Long.class);
        bind(count, userId, roles, jurisdiction, agency);
        return count.getSingleResult();
    }

    public NotificationRead readBy(UUID notificationId, String userId) {
        return getEntityManager().find(NotificationRead.class, new NotificationRead.Key(notificationId, userId));
    }

    public void markRead(NotificationRead read) {
        getEntityManager().persist(read);
    }

    private static void bind(TypedQuery<?> query, String userId, Collection<String> roles, String jurisdiction,
            String agency) {
        // "" matches no entry: a caller without a jurisdiction or agency sees nothing addressed that way
        query.setParameter("user", userId).setParameter("roles", roles)
                .setParameter("jurisdiction", jurisdiction == null ? "" : jurisdiction)
                .setParameter("agency", agency == null ? "" : agency);
    }
}
