package vn.cps.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The relay's answer to "is a later event of the batch's aggregates waiting?", which keeps a drain
 * going in order instead of leaving those events to the next sweep. Run on rows the test writes in a
 * transaction of its own and rolls back: the running relay never sees them.
 */
@QuarkusTest
class RelayContinuationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBatchAnswersWhetherALaterEventOfItsAggregatesIsStillUnpublished() throws SQLException {
        String one = "relay-test-" + UUID.randomUUID();
        String other = "relay-test-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                UUID first = insert(connection, one);
                UUID second = insert(connection, one);
                UUID alone = insert(connection, other);

                assertThat(OutboxRelay.markPublished(connection, List.of(first)))
                        .as("the second event of the aggregate waits for the first").isTrue();
                assertThat(OutboxRelay.markPublished(connection, List.of(alone)))
                        .as("nothing else of the other aggregate").isFalse();
                assertThat(OutboxRelay.markPublished(connection, List.of(second)))
                        .as("the batch's own rows are not counted as waiting").isFalse();
                UUID third = insert(connection, one);
                UUID fourth = insert(connection, one);
                assertThat(OutboxRelay.markPublished(connection, List.of(third, fourth)))
                        .as("two events of one aggregate in one batch, none after them").isFalse();
            } finally {
                connection.rollback();
            }
        }
    }

    private static UUID insert(Connection connection, String aggregateId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload, occurred_at)
                VALUES (?, 'test', ?, 'vn.cps.test.v1', '{}', ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, aggregateId);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }
}
