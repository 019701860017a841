package vn.cps.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void an_unreachable_or_refusing_database_is_unavailable_however_deep_the_cause() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException(
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new GenericJDBCException("Unable to acquire JDBC Connection [x]",
                new SQLException("database \"cps_plan\" is not currently accepting connections", "55000")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("Sorry, Acquisition timeout!"))).isTrue();
    }

    @Test
    void a_failing_statement_is_not_an_outage() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("relation \"x\" does not exist", "42P01"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("boom"))).isFalse();
    }
}
