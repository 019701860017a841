package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cps.notification.domain.Channel;
import vn.cps.notification.domain.Delivery;
import vn.cps.notification.domain.LoggedDelivery;
import vn.cps.notification.domain.Notification;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * Locks up to {@code limit} deliveries that are due, oldest first, skipping those another
     * replica holds: the locks last while they are sent and their outcomes recorded, so no two
     * replicas send the same one.
     */
    public List<Delivery> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Delivery> due = getEntityManager().createNativeQuery("""
                SELECT * FROM delivery
                 WHERE status = 'PENDING' AND next_attempt_at <= :now
                 ORDER BY next_attempt_at, id
                 LIMIT :limit
                   FOR UPDATE SKIP LOCKED""", Delivery.class).setParameter("now", now).setParameter("limit", limit)
                .getResultList();
        return due;
    }

    /**
     * The delivery log, newest first, filtered; {@code province} limits it to a province's
     * notifications (null: the whole country).
     */
    public List<LoggedDelivery> log(String province, Delivery.Status status, Channel channel, UUID notificationId, UUID caseId,
            Instant afterCreatedAt, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder(
                "select d, n from Delivery d, Notification n where n.id = d.notificationId");
        Map<String, Object> parameters = new HashMap<>();
        if (province != null) {
            query.append(" and n.provinceCode = :province");
            parameters.put("province", province);
        }
        if (status != null) {
            query.append(" and d.status = :status");
            parameters.put("status", status);
        }
        if (channel != null) {
            query.append(" and d.channel = :channel");
            parameters.put("channel", channel);
        }
        if (notificationId != null) {
            query.append(" and d.notificationId = :notificationId");
            parameters.put("notificationId", notificationId);
        }
        if (caseId != null) {
            query.append(" and n.caseId = :caseId");
            parameters.put("caseId", caseId);
        }
        if (afterCreatedAt != null) {
            query.append(" and (d.createdAt < :at or (d.createdAt = :at and d.id < :id))");
            parameters.put("at", afterCreatedAt);
            parameters.put("id", afterId);
        }
        query.append(" order by d.createdAt desc, d.id desc");
        TypedQuery<Object[]> select = getEntityManager().createQuery(query.toString(), Object[].class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList().stream()
                .map(row -> new LoggedDelivery((Delivery) row[0], (Notification) row[1])).toList();
    }
}
