package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import java.util.UUID;
import vn.cps.notification.domain.Webhook;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public List<Webhook> activeFor(String agencyCode) {
        return find("agencyCode = ?1 and active = true", Sort.by("createdAt").and("id"), agencyCode)
                .withHint(HibernateHints.HINT_CACHEABLE, true).list();
    }

    /** Active webhooks, of one agency or all, oldest first. */
    public List<Webhook> active(String agencyCode) {
        Sort sort = Sort.by("agencyCode").and("createdAt").and("id");
        return agencyCode == null ? list("active = true", sort) : list("active = true and agencyCode = ?1", sort,
                agencyCode);
    }
}
