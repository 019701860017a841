package vn.cps.platform.sealing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Reseals every value that is not sealed under the active key: those of an older key after a
 * rotation, and values written before sealing existed. A table is walked by its key column, one
 * transaction per batch, with one batched UPDATE per batch; each update applies only if the value is
 * still the one read, so two replicas resealing at once do no harm.
 */
@ApplicationScoped
public class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class);

    /** What one table needed: values resealed, and values that would not open (left as they were). */
    public record TableResult(String table, long resealed, long unreadable) {
    }

    /** The outcome of a rotation: the key every value is now sealed under, table by table. */
    public record Result(String activeKey, List<TableResult> tables) {
    }

    private final AgroalDataSource dataSource;
    private final Sealing sealing;
    private final SealingConfig config;
    private final Instance<SealedTables> services;
    private final boolean atStart;

    Resealing(AgroalDataSource dataSource, Sealing sealing, SealingConfig config, Instance<SealedTables> services) {
        this.dataSource = dataSource;
        this.sealing = sealing;
        this.config = config;
        this.services = services;
        this.atStart = config.resealAtStart();
    }

    /** At start, values of older keys and unsealed values are resealed in the background. */
    void onStart(@Observes StartupEvent event) {
        boolean seals = services.stream().anyMatch(s -> !s.tables().isEmpty());
        if (seals) {
            sealing.activeKey(); // a service that seals does not start without its keys
        }
        if (atStart && seals) {
            Thread worker = new Thread(() -> {
                try {
                    Result result = resealAll();
                    LOG.infof("Sealed fields: %s", result.tables());
                } catch (RuntimeException e) {
                    LOG.warn("Resealing at start did not finish; POST /api/v1/admin/keys/rotation finishes it", e);
                }
            }, "cps-resealing");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Reseals the tables of every service module present. */
    public Result resealAll() {
        List<TableResult> results = new ArrayList<>();
        for (SealedTables service : services) {
            for (SealedTable table : service.tables()) {
                results.add(reseal(table));
            }
        }
        return new Result(sealing.activeKey(), results);
    }

    TableResult reseal(SealedTable table) {
        long resealed = 0;
        long unreadable = 0;
        Object after = null;
        while (true) {
            Object from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> resealBatch(table, from));
            resealed += batch.resealed;
            unreadable += batch.unreadable;
            if (batch.last == null) {
                return new TableResult(table.table(), resealed, unreadable);
            }
            after = batch.last;
        }
    }

    private record Batch(Object last, long resealed, long unreadable) {
    }

    private Batch resealBatch(SealedTable table, Object after) throws SQLException {
        String prefix = sealing.currentPrefix();
        String stale = table.fields().stream().map(f -> {
            String notCurrent = "(" + f.column() + " IS NOT NULL AND left(" + f.column() + ", " + prefix.length()
                    + ") <> ?)";
            return f.hashColumn() == null ? notCurrent
                    : notCurrent + " OR (" + f.column() + " IS NOT NULL AND " + f.hashColumn() + " IS NULL)";
        }).collect(Collectors.joining(" OR "));
        String columns = table.fields().stream().map(SealedTable.Field::column).collect(Collectors.joining(", "));
        String select = "SELECT " + table.idColumn() + ", " + columns + " FROM " + table.table() + " WHERE ("
                + stale + ")" + (after == null ? "" : " AND " + table.idColumn() + " > ?") + " ORDER BY "
                + table.idColumn() + " LIMIT " + config.rotationBatchSize() + " FOR UPDATE SKIP LOCKED";
        String set = table.fields().stream()
                .map(f -> f.column() + " = ?" + (f.hashColumn() == null ? "" : ", " + f.hashColumn() + " = ?"))
                .collect(Collectors.joining(", "));
        String unchanged = table.fields().stream().map(f -> f.column() + " IS NOT DISTINCT FROM ?")
                .collect(Collectors.joining(" AND "));
        String update = "UPDATE " + table.table() + " SET " + set + " WHERE " + table.idColumn() + " = ? AND "
                + unchanged;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(select);
                PreparedStatement write = connection.prepareStatement(update)) {
            int p = 1;
            for (SealedTable.Field ignored : table.fields()) {
                read.setString(p++, prefix);
            }
            if (after != null) {
                read.setObject(p, after);
            }
            Object last = null;
            long resealed = 0;
            long unreadable = 0;
            int rows = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    last = rs.getObject(1);
                    List<String> stored = new ArrayList<>();
                    List<String> plain = new ArrayList<>();
                    try {
                        for (int i = 0; i < table.fields().size(); i++) {
                            String value = rs.getString(i + 2);
                            stored.add(value);
                            plain.add(sealing.open(value));
                        }
                    } catch (SealedValueException e) {
                        unreadable++;
                        LOG.warnf("%s %s = %s: %s", table.table(), table.idColumn(), last, e.getMessage());
                        continue;
                    }
                    int q = 1;
                    for (int i = 0; i < table.fields().size(); i++) {
                        SealedTable.Field field = table.fields().get(i);
                        String value = stored.get(i);
                        write.setString(q++, sealing.isCurrent(value) ? value : sealing.seal(plain.get(i)));
                        if (field.hashColumn() != null) {
                            write.setString(q++, sealing.lookupHash(plain.get(i)));
                        }
                    }
                    write.setObject(q++, last);
                    for (String value : stored) {
                        write.setString(q++, value);
                    }
                    write.addBatch();
                    resealed++;
                }
            }
            if (resealed > 0) {
                resealed = 0;
                for (int count : write.executeBatch()) {
                    // another replica may have resealed the row since it was read
                    resealed += Math.max(count, 0);
                }
            }
            return new Batch(rows < config.rotationBatchSize() ? null : last, resealed, unreadable);
        }
    }
}
