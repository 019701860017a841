package vn.cps.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.KafkaBroker;

@QuarkusTest
class OutboxWhileBrokerDownTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anIntakeAcceptedWhileKafkaIsDownIsPublishedOnceItIsBack() {
        KafkaBroker broker = KafkaBroker.get();
        Assumptions.assumeTrue(broker.isManaged(), "needs the broker started by test-kit");
        broker.stop();
        String caseId;
        try {
            caseId = IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, IntakeFixtures.report("Bùi Văn Tâm", "48", "20194"))
                    .then().statusCode(201).extract().path("caseId");
            // the relay tries and fails while the broker is away; the row waits
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> unpublished(caseId) == 1);
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(caseId) == 0);
        List<EventLog.Published> all = EventLog.readToEnd(Topics.CASE_EVENTS);
        List<EventLog.Published> ofCase = all.stream().filter(r -> caseId.equals(r.key())).toList();
        // delivery is at least once: a batch that timed out may have reached the broker as it came
        // back, but every copy is the same event (one ce_id), which consumers apply once
        assertThat(ofCase).isNotEmpty();
        assertThat(ofCase.stream().map(r -> r.header("ce_id")).distinct()).hasSize(1);
        assertThat(ofCase.get(0).header("ce_type")).isEqualTo(vn.cps.events.EventTypes.CASE_OPENED_V1);
    }

    private long unpublished(String caseId) {
        // Awaitility polls on its own thread, outside the test's request context
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = :id AND published_at IS NULL")
                .setParameter("id", caseId).getSingleResult()).longValue());
    }
}
