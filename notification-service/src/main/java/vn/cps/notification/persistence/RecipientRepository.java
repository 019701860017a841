package vn.cps.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cps.notification.config.NotificationConfig;
import vn.cps.notification.domain.DirectoryPerson;
import vn.cps.notification.domain.Occurrence;
import vn.cps.notification.domain.Recipient;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, String> {

    private final DirectoryStore directory;
    private final boolean directoryEnabled;
    private final FoundRecipients found;

    RecipientRepository(DirectoryStore directory, NotificationConfig config, FoundRecipients found) {
        this.directory = directory;
        this.directoryEnabled = config.directory().enabled();
        this.found = found;
    }

    /**
     * The people holding the role at the address (a jurisdiction or an agency), in a stable order.
     * With the directory on, once it has been read, they are the identity provider's enabled users,
     * with what they saved in their settings overriding email, phone and muted channels; a user the
     * directory no longer lists (disabled, removed, moved) receives nothing, whatever they saved.
     * The answers are kept until a change forgets them ({@link FoundRecipients}).
     */
    public List<Recipient> reachable(String role, Occurrence.Address address) {
        return found.computeIfAbsent(role, address, this::lookUp);
    }

    private List<Recipient> lookUp(String role, Occurrence.Address address) {
        if (directoryEnabled && directory.known()) {
            List<DirectoryPerson> people = directory.reachable(role, address);
            if (people.isEmpty()) {
                return List.of();
            }
            Map<String, Recipient> saved = new HashMap<>();
            find("userId in ?1", people.stream().map(DirectoryPerson::userId).toList()).list()
                    .forEach(r -> saved.put(r.userId(), r));
            return people.stream().map(p -> Recipient.fromDirectory(p, saved.get(p.userId()))).toList();
        }
        return saved(role, address);
    }

    private List<Recipient> saved(String role, Occurrence.Address address) {
        String where = address.jurisdiction() != null ? "r.jurisdiction = :place" : "r.agency = :place";
        return getEntityManager().createQuery("select distinct r from Recipient r join r.roles role where role = :role and "
                + where + " order by r.userId", Recipient.class)
                .setParameter("role", role)
                .setParameter("place", address.jurisdiction() != null ? address.jurisdiction() : address.agency())
                .getResultList();
    }
}
