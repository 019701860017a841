package vn.cps.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cps.cases.domain.CaseStatus;
import vn.cps.cases.domain.ChildCase;
import vn.cps.platform.security.Jurisdiction;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<ChildCase, UUID> {

    /** The cases a report opened, one per child, in the order the report named them. */
    public List<ChildCase> ofIntake(UUID intakeId) {
        return find("intake.id = ?1 order by child.ordinal", intakeId).list();
    }

    /** The cases of one household or incident, in the order they were opened. */
    public List<ChildCase> ofIncidentGroup(UUID incidentGroupId) {
        return find("incidentGroupId = ?1 order by openedAt, child.ordinal, id", incidentGroupId).list();
    }

    /**
     * Cases inside the jurisdiction, newest first, after a keyset position; {@code foldedName}
     * matches the child's name without diacritics or case.
     */
    public List<ChildCase> page(Jurisdiction scope, CaseStatus status, String foldedName, Instant afterOpenedAt,
            UUID afterId, int limit) {
        Jurisdiction.ScopeCondition condition = scope.condition("c.provinceCode", "c.communeCode");
        StringBuilder query = new StringBuilder("from ChildCase c where ").append(condition.clause());
        Map<String, Object> params = new HashMap<>(condition.parameters());
        if (status != null) {
            query.append(" and c.status = :status");
            params.put("status", status);
        }
        if (foldedName != null) {
            query.append(" and c.child.details.foldedName like :name");
            params.put("name", "%" + foldedName.replace("%", "").replace("_", "") + "%");
        }
        if (afterOpenedAt != null) {
            query.append(" and (c.openedAt < :afterAt or (c.openedAt = :afterAt and c.id < :afterId))");
            params.put("afterAt", afterOpenedAt);
            params.put("afterId", afterId);
        }
        var typed = getEntityManager().createQuery(query + " order by c.openedAt desc, c.id desc", ChildCase.class);
        params.forEach(typed::setParameter);
        return typed.setMaxResults(limit).getResultList();
    }
}
