package vn.cps.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The service's outbox seen from its database: once every row is published, every event the
 * service wrote is on its topic, so {@link EventLog#readToEnd} shows all of them and nothing later
 * can still arrive from what the test did.
 */
public final class PublishedOutbox {

    private PublishedOutbox() {
    }

    /** Waits until no outbox row is left unpublished; fails with the count still waiting. */
    public static void await(DataSource dataSource, Duration timeout) {
        long[] last = {-1};
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
                last[0] = unpublished(dataSource);
                return last[0] == 0;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Awaited an outbox with every row published for " + timeout + "; "
                    + last[0] + " row(s) still unpublished", e);
        }
    }

    /** How many outbox rows are not yet published. */
    public static long unpublished(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
