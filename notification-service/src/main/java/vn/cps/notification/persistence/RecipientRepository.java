package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.domain.Recipient;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, String> {

    /** The people holding the role at the address (a jurisdiction or an agency), in a stable order. */
    public List<Recipient> reachable(String role, Occurrence.Address address) {
        String where = address.jurisdiction() != null ? "r.jurisdiction = :place" : "r.agency = :place";
        return getEntityManager().createQuery("select distinct r from Recipient r join r.roles role where role = :role and "
                + where + " order by r.userId", Recipient.class)
                .setParameter("role", role)
                .setParameter("place", address.jurisdiction() != null ? address.jurisdiction() : address.agency())
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }
}
