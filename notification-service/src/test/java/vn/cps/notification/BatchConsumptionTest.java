package vn.cps.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.CloudEventHeaders;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.testkit.CaseEventsFixture;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.TestTokens;

/**
 * One polled batch holding a duplicate, a poison record and a type this service has no use for:
 * each is handled as it was when records were consumed one at a time.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final String DLQ = Topics.CASE_EVENTS + ".notification-service.dlq";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBatchWithADuplicateAPoisonRecordAndAnUnknownTypeAppliesEachAsBefore() throws Exception {
        Instant at = Instant.now().minusSeconds(60);
        CaseOpenedV1 first = CaseEventsFixture.caseOpened("48", "20194", "MALE", List.of("VIOLENCE"), at);
        CaseOpenedV1 second = CaseEventsFixture.caseOpened("48", "20200", "FEMALE", List.of("NEGLECT"), at);
        String key = "batch-" + UUID.randomUUID();
        String firstId = UUID.randomUUID().toString();
        String poisonId = UUID.randomUUID().toString();
        String unknownId = UUID.randomUUID().toString();
        String secondId = UUID.randomUUID().toString();
        EventLog.publishTogether(Topics.CASE_EVENTS, List.of(
                new EventLog.Outgoing(key, firstId, EventTypes.CASE_OPENED_V1, CaseEventsFixture.json(first)),
                new EventLog.Outgoing(key, firstId, EventTypes.CASE_OPENED_V1, CaseEventsFixture.json(first)),
                new EventLog.Outgoing(key, poisonId, EventTypes.CASE_OPENED_V1, "{not json"),
                new EventLog.Outgoing(key, unknownId, "vn.cps.case.unheard-of.v9", "{}"),
                new EventLog.Outgoing(key, secondId, EventTypes.CASE_OPENED_V1, CaseEventsFixture.json(second))));

        // the poison record goes to the dead-letter topic alone, with its reason
        EventLog.Published poison = EventLog.awaitRecord(DLQ, "the record with the unreadable payload, ce_id " + poisonId,
                r -> poisonId.equals(r.header(CloudEventHeaders.ID)), Duration.ofSeconds(30));
        assertThat(poison.header("dead-letter-reason")).contains("unreadable payload");
        // the events beside it are applied, the duplicate once
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox("20200").contains(second.reference()));
        assertThat(inbox("20194")).filteredOn(first.reference()::equals).hasSize(1);
        assertThat(applied(firstId)).isEqualTo(1);
        assertThat(applied(secondId)).isEqualTo(1);
        // neither the poison nor the unknown type left a trace, and only the poison was dead-lettered
        assertThat(applied(poisonId)).isZero();
        assertThat(applied(unknownId)).isZero();
        assertThat(EventLog.readToEnd(DLQ)).filteredOn(r -> key.equals(r.key()))
                .extracting(r -> r.header(CloudEventHeaders.ID)).containsExactly(poisonId);
    }

    private static List<String> inbox(String commune) {
        String bearer = TestTokens.user("cw-" + commune).roles("case-worker").jurisdiction(commune).bearer();
        return given().header("Authorization", bearer).when().get("/api/v1/notifications?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.caseReference");
    }

    private int applied(String eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM processed_event WHERE event_id = ?")) {
            count.setString(1, eventId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
