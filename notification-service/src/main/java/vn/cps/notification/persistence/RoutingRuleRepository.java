package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cps.notification.domain.NotificationType;
import vn.cps.notification.domain.RecipientScope;
import vn.cps.notification.domain.RoutingRule;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, UUID> {

    /** Read through {@link EnabledRules}, which keeps the answer. */
    public List<RoutingRule> enabledFor(String trigger) {
        return list("trigger = ?1 and enabled = true", Sort.by("id"), trigger);
    }

    /** Every rule, or those of one trigger, in a stable order. */
    public List<RoutingRule> all(String trigger) {
        Sort sort = Sort.by("trigger").and("notificationType").and("recipientRole").and("id");
        return trigger == null ? listAll(sort) : list("trigger", sort, trigger);
    }

    public boolean exists(String trigger, NotificationType type, String role, RecipientScope scope) {
        return count("trigger = ?1 and notificationType = ?2 and recipientRole = ?3 and recipientScope = ?4", trigger,
                type, role, scope) > 0;
    }
}
