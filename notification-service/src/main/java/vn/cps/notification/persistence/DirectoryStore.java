package vn.cps.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import vn.cps.notification.domain.DirectoryPerson;
import vn.cps.notification.domain.Occurrence;

/**
 * The last directory read from the identity provider, kept so that it serves while Keycloak is down.
 * Its reads never flush: routing writes notifications and their deliveries in one flush at commit,
 * and a native query flushing half of them would send a delivery ahead of its notification.
 */
@ApplicationScoped
public class DirectoryStore {

    private static final int ROWS_PER_INSERT = 100;

    private final EntityManager entityManager;
    private final FoundRecipients recipients;
    /** Once the directory has been read it stays known; asked of the database only until then. */
    private volatile boolean known;
    /** The people found per role and address, read for every event; dropped at each refresh and at each cache expiry. */
    private final KeptReads<Reach, List<DirectoryPerson>> reachable = new KeptReads<>();

    private record Reach(String role, String jurisdiction, String agency) {
    }

    DirectoryStore(EntityManager entityManager, FoundRecipients recipients) {
        this.entityManager = entityManager;
        this.recipients = recipients;
    }

    /** Replaces the directory as a whole, in multi-row inserts, within the caller's transaction. */
    public void replace(List<DirectoryPerson> people, Instant at) {
        // the tables are named so that Hibernate does not clear every cache region at these native writes
        entityManager.createNativeQuery("DELETE FROM directory_person").unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("directory_person").executeUpdate();
        for (int from = 0; from < people.size(); from += ROWS_PER_INSERT) {
            List<DirectoryPerson> chunk = people.subList(from, Math.min(people.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO directory_person (user_id, email, phone, jurisdiction, agency, roles) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(6 * i + 1).append(", ?").append(6 * i + 2)
                        .append(", ?").append(6 * i + 3).append(", ?").append(6 * i + 4).append(", ?").append(6 * i + 5)
                        .append(", string_to_array(?").append(6 * i + 6).append(", ','))");
            }
            var insert = entityManager.createNativeQuery(sql.toString()).unwrap(NativeQuery.class)
                    .addSynchronizedQuerySpace("directory_person");
            for (int i = 0; i < chunk.size(); i++) {
                DirectoryPerson p = chunk.get(i);
                insert.setParameter(6 * i + 1, p.userId()).setParameter(6 * i + 2, p.email())
                        .setParameter(6 * i + 3, p.phone()).setParameter(6 * i + 4, p.jurisdiction())
                        .setParameter(6 * i + 5, p.agency())
                        .setParameter(6 * i + 6, p.roles().stream().sorted().collect(Collectors.joining(",")));
            }
            insert.executeUpdate();
        }
        entityManager.createNativeQuery("""
                INSERT INTO directory_refresh (id, refreshed_at, people) VALUES (1, ?1, ?2)
                ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, people = EXCLUDED.people""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("directory_refresh")
                .setParameter(1, at).setParameter(2, people.size()).executeUpdate();
        known = true;
    }

    /** Whether the directory has ever been read (by this instance or another); cheap once true. */
    public boolean known() {
        if (!known) {
            known = refreshedAt().isPresent();
        }
        return known;
    }

    /** When the directory was last read; empty if it never was. */
    public Optional<Instant> refreshedAt() {
        List<?> rows = entityManager.createNativeQuery("SELECT refreshed_at FROM directory_refresh WHERE id = 1")
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().findFirst().map(DirectoryStore::instant);
    }

    /** Drops the people cached per role and address, and the recipients found from them; call it after a new directory is committed. */
    public void forgetReachable() {
        reachable.forget();
        recipients.forget();
    }

    /** The people holding the role at the address, in a stable order; cached until the next refresh or expiry. */
    public List<DirectoryPerson> reachable(String role, Occurrence.Address address) {
        Reach key = new Reach(role, address.jurisdiction(), address.jurisdiction() != null ? null : address.agency());
        return reachable.get(key, k -> List.copyOf(read(role, address)));
    }

    @SuppressWarnings("unchecked")
    private List<DirectoryPerson> read(String role, Occurrence.Address address) {
        String where = address.jurisdiction() != null ? "jurisdiction = ?2" : "agency = ?2";
        List<Object[]> rows = entityManager.createNativeQuery("SELECT user_id, email, phone, jurisdiction, agency, "
                + "array_to_string(roles, ',') FROM directory_person WHERE ?1 = ANY (roles) AND " + where
                + " ORDER BY user_id")
                .setParameter(1, role)
                .setParameter(2, address.jurisdiction() != null ? address.jurisdiction() : address.agency())
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        List<DirectoryPerson> people = new ArrayList<>();
        for (Object[] r : rows) {
            people.add(new DirectoryPerson((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    Set.copyOf(Arrays.asList(((String) r[5]).split(",")))));
        }
        return people;
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : ((java.time.OffsetDateTime) value).toInstant();
    }
}
