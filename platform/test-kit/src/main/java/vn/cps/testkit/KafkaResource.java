package vn.cps.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import vn.cps.events.Topics;

/** Points the application under test at the shared test Kafka broker, with the topics created. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KafkaBroker broker = KafkaBroker.get();
        broker.createTopics(List.of(Topics.CASE_EVENTS, Topics.PLAN_EVENTS, Topics.REPORTING_EVENTS,
                Topics.NOTIFICATION_EVENTS), 3);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by every application of this JVM; stops with it
    }
}
