package vn.cps.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cps.cases.domain.CaseTransfer;
import vn.cps.cases.domain.TransferStatus;
import vn.cps.platform.security.Jurisdiction;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<CaseTransfer, UUID> {

    public Optional<CaseTransfer> pendingOf(UUID caseId) {
        return find("caseId = ?1 and status = ?2", caseId, TransferStatus.PENDING).firstResultOptional();
    }

    public List<CaseTransfer> ofCase(UUID caseId) {
        return list("caseId = ?1 order by requestedAt", caseId);
    }

    /** Pending transfers whose destination lies inside the jurisdiction, oldest first. */
    public List<CaseTransfer> incoming(Jurisdiction scope, int limit) {
        Jurisdiction.ScopeCondition condition = scope.condition("t.to.provinceCode", "t.to.communeCode");
        Map<String, Object> params = new HashMap<>(condition.parameters());
        params.put("pending", TransferStatus.PENDING);
        var query = getEntityManager().createQuery("from CaseTransfer t where t.status = :pending and "
                + condition.clause() + " order by t.requestedAt, t.id", CaseTransfer.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
