package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.cps.notification.domain.Notification;

/** Inbox queries: always by recipient role and jurisdiction, newest first, keyset-paginated. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public List<Notification> inbox(Collection<String> roles, String jurisdiction, boolean unreadOnly,
            Instant afterCreatedAt, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder(
                "from Notification n where n.recipientRole in ?1 and n.recipientJurisdiction = ?2");
        if (unreadOnly) {
            query.append(" and n.readAt is null");
        }
        if (afterCreatedAt != null) {
            query.append(" and (n.createdAt < ?3 or (n.createdAt = ?3 and n.id < ?4))");
            return getEntityManager().createQuery(query + " order by n.createdAt desc, n.id desc", Notification.class)
                    .setParameter(1, roles).setParameter(2, jurisdiction)
                    .setParameter(3, afterCreatedAt).setParameter(4, afterId)
                    .setMaxResults(limit).getResultList();
        }
        return getEntityManager().createQuery(query + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter(1, roles).setParameter(2, jurisdiction)
                .setMaxResults(limit).getResultList();
    }

    public long unread(Collection<String> roles, String jurisdiction) {
        return count("recipientRole in ?1 and recipientJurisdiction = ?2 and readAt is null", roles, jurisdiction);
    }
}
