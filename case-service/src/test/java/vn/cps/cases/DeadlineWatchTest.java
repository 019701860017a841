package vn.cps.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cps.cases.service.DeadlineWatch;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.PublishedOutbox;

@QuarkusTest
class DeadlineWatchTest {

    @Inject
    DeadlineWatch watch;

    @Inject
    DataSource dataSource;

    private static String caseReceivedAgo(Duration ago) {
        Map<String, Object> report = new HashMap<>(IntakeFixtures.report("Vũ Thị Nga", "48", "20194"));
        report.put("receivedAt", Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS).toString());
        return IntakeFixtures.postIntake(IntakeFixtures.OPERATOR, report).then().statusCode(201).extract().path("caseId");
    }

    @Test
    void approachingAndMissedDeadlinesAreAnnouncedOnceEach() {
        String missed = caseReceivedAgo(Duration.ofHours(13));
        String approaching = caseReceivedAgo(Duration.ofHours(11));
        String fresh = caseReceivedAgo(Duration.ofMinutes(5));

        watch.scan();
        watch.scan();

        PublishedOutbox.await(dataSource, Duration.ofSeconds(30));
        List<EventLog.Published> all = EventLog.readToEnd(Topics.CASE_EVENTS);
        assertThat(typesOf(all, missed)).containsOnlyOnce(EventTypes.CASE_DEADLINE_MISSED_V1)
                .doesNotContain(EventTypes.CASE_DEADLINE_APPROACHING_V1);
        assertThat(typesOf(all, approaching)).containsOnlyOnce(EventTypes.CASE_DEADLINE_APPROACHING_V1)
                .doesNotContain(EventTypes.CASE_DEADLINE_MISSED_V1);
        assertThat(typesOf(all, fresh)).doesNotContain(EventTypes.CASE_DEADLINE_APPROACHING_V1,
                EventTypes.CASE_DEADLINE_MISSED_V1);
        all.stream().filter(r -> missed.equals(r.key()) || approaching.equals(r.key()))
                .filter(r -> r.header("ce_type").contains("deadline"))
                .forEach(r -> {
                    assertThat(EventSchemaAssert.violations(r.header("ce_type"), r.value())).isEmpty();
                    assertThat(r.value()).contains("EMERGENCY_MEASURES").doesNotContain("Vũ Thị Nga");
                });
    }

    private static List<String> typesOf(List<EventLog.Published> all, String caseId) {
        return all.stream().filter(r -> caseId.equals(r.key())).map(r -> r.header("ce_type")).toList();
    }
}
