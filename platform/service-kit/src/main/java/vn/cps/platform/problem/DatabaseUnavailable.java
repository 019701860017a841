package vn.cps.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (refused, dropped, not accepting connections, pool timed
 * out) from a failure of the request itself: the first is 503 and worth a retry, the second 500.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // Hibernate's wording when the pool could not hand out a connection, whatever the SQL state
            if (t instanceof org.hibernate.JDBCException && String.valueOf(t.getMessage()).contains("acquire JDBC Connection")) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout")
                    || String.valueOf(sql.getMessage()).contains("not currently accepting connections"))) {
                return true;
            }
        }
        return false;
    }

    /** 08 connection exception, 57P operator intervention (shutdown), 53300 too many connections, 3D000 no such database. */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                || state.equals("3D000"));
    }
}
