package vn.cps.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cps.reporting.domain.TableComparison;

/**
 * Fresh copies of the read-model tables in a schema of their own, for a replay to fill and to
 * compare with the live tables row for row.
 */
@ApplicationScoped
public class ReplaySchemas {

    private final EntityManager entityManager;

    ReplaySchemas(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String create() {
        String schema = "replay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        entityManager.createNativeQuery("CREATE SCHEMA " + schema).executeUpdate();
        List<String> tables = new ArrayList<>(ReadModelStore.tables());
        tables.add("processed_event");
        for (String table : tables) {
            entityManager.createNativeQuery("CREATE TABLE " + schema + "." + table + " (LIKE public." + table
                    + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)").executeUpdate();
        }
        return schema;
    }

    /** Makes the unqualified table names of the current transaction resolve to the schema's copies. */
    public void use(String schema) {
        requireReplaySchema(schema);
        entityManager.createNativeQuery("SELECT set_config('search_path', :path, true)")
                .setParameter("path", schema + ", public").getSingleResult();
    }

    public List<TableComparison> compare(String schema) {
        requireReplaySchema(schema);
        List<TableComparison> result = new ArrayList<>();
        for (String table : ReadModelStore.tables()) {
            result.add(new TableComparison(table, count("SELECT count(*) FROM public." + table),
                    count("SELECT count(*) FROM " + schema + "." + table),
                    count("SELECT count(*) FROM (TABLE public." + table + " EXCEPT ALL TABLE " + schema + "." + table
                            + ") d"),
                    count("SELECT count(*) FROM (TABLE " + schema + "." + table + " EXCEPT ALL TABLE public." + table
                            + ") d")));
        }
        return result;
    }

    public void drop(String schema) {
        requireReplaySchema(schema);
        entityManager.createNativeQuery("DROP SCHEMA " + schema + " CASCADE").executeUpdate();
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static void requireReplaySchema(String schema) {
        if (!schema.matches("replay_[0-9a-f]{12}")) {
            throw new IllegalArgumentException("Not a replay schema: " + schema);
        }
    }
}
