package vn.cps.plans.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cps.plans.domain.Inspection;
import vn.cps.plans.domain.Recommendation;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    /** Whether the inspection whose conclusion has this reference, in this unit as recorded, is recorded already. */
    public boolean recordedAlready(String documentReference, String recordedJurisdiction) {
        return count("documentReference = ?1 and recordedJurisdiction = ?2", documentReference, recordedJurisdiction) > 0;
    }

    /** Inspections placed under one of the codes (null: all), newest first. */
    public List<Inspection> of(List<String> codes, int limit) {
        return (codes == null ? find("order by conductedOn desc, id")
                : find("jurisdiction in ?1 order by conductedOn desc, id", codes)).page(0, limit).list();
    }

    public void add(Recommendation r) {
        getEntityManager().persist(r);
    }

    public Recommendation recommendation(UUID id) {
        return getEntityManager().find(Recommendation.class, id);
    }

    public List<Recommendation> recommendations(UUID inspectionId) {
        return getEntityManager().createQuery("from Recommendation r where r.inspectionId = ?1 order by r.dueDate, r.id",
                Recommendation.class).setParameter(1, inspectionId).getResultList();
    }

    public List<Recommendation> forAgency(String agency, boolean openOnly, int limit) {
        return getEntityManager().createQuery("from Recommendation r where r.agencyCode = ?1"
                + (openOnly ? " and r.status = vn.cps.plans.domain.Recommendation.Status.OPEN" : "")
                + " order by r.dueDate, r.id", Recommendation.class)
                .setParameter(1, agency).setMaxResults(limit).getResultList();
    }
}
