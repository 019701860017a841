package vn.cps.cases.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.cps.cases.domain.CaseReference;

/**
 * Hands out case references per province and year from a PostgreSQL sequence of each: a number
 * is taken without a lock, so intakes of one province never queue behind each other. A number is
 * never handed out twice; one taken by an intake whose transaction then fails is not reused, so
 * the numbers can have gaps (the reason is in docs/decisions.md). The sequence of a province and
 * year is made on its first use, continuing from the counter table of earlier releases.
 */
@ApplicationScoped
public class CaseReferenceSequence {

    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

    private final EntityManager entityManager;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    CaseReferenceSequence(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Where and when a case is opened, which picks the sequence its reference comes from. */
    public record Scope(String provinceCode, int year) {
    }

    /** A new reference for each scope, in order, from one statement whatever the provinces. */
    public List<CaseReference> next(List<Scope> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<String> sequences = new ArrayList<>();
        for (Scope scope : scopes) {
            String sequence = sequenceOf(scope.provinceCode(), scope.year());
            if (!known.contains(sequence)) {
                // DDL in a transaction of its own: the caller's transaction stays free of it
                QuarkusTransaction.requiringNew().run(() -> create(sequence, scope.provinceCode(), scope.year()));
                known.add(sequence);
            }
            sequences.add(sequence);
        }
        List<?> values = entityManager.createNativeQuery("""
                SELECT nextval(CAST(t.name AS regclass))
                  FROM unnest(CAST(:sequences AS text[])) WITH ORDINALITY AS t(name, n)
                 ORDER BY t.n""")
                .setParameter("sequences", sequences.toArray(String[]::new)).getResultList();
        List<CaseReference> references = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            references.add(CaseReference.of(scopes.get(i).provinceCode(), scopes.get(i).year(),
                    ((Number) values.get(i)).longValue()));
        }
        return references;
    }

    private void create(String sequence, String provinceCode, int year) {
        // a transaction-scoped lock per name: concurrent first uses (other replicas too) create it once
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:sequence))")
                .setParameter("sequence", sequence).getSingleResult();
        Number exists = (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname = :sequence")
                .setParameter("sequence", sequence).getSingleResult();
        if (exists.intValue() > 0) {
            return;
        }
        Number last = (Number) entityManager.createNativeQuery("""
                SELECT COALESCE(MAX(last_value), 0) FROM case_reference_counter WHERE province_code = :province
                   AND year = :year""")
                .setParameter("province", provinceCode).setParameter("year", year).getSingleResult();
        // the name is built from a checked province code and a number only, never from free text
        entityManager.createNativeQuery("CREATE SEQUENCE " + sequence + " MINVALUE 1 MAXVALUE 999999 START WITH "
                + (last.longValue() + 1)).executeUpdate();
    }

    private static String sequenceOf(String provinceCode, int year) {
        if (!PROVINCE.matcher(provinceCode).matches() || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("No case references for province " + provinceCode + " in " + year);
        }
        return "case_reference_" + provinceCode + "_" + year;
    }
}
