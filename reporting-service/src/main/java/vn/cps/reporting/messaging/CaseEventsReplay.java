package vn.cps.reporting.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cps.events.Topics;
import vn.cps.platform.inbox.EventEffect;
import vn.cps.platform.inbox.IncomingEvent;
import vn.cps.platform.inbox.PoisonEventException;
import vn.cps.reporting.service.CaseEventLog;
import vn.cps.reporting.service.CaseProjection;

/** Reads {@code cps.case.events} from the start with a consumer of its own (no group, no commits). */
@ApplicationScoped
public class CaseEventsReplay implements CaseEventLog {

    private final String bootstrapServers;
    private final CaseEventsApplier applier;
    private final CaseProjection projection;

    CaseEventsReplay(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            CaseProjection projection, ObjectMapper objectMapper) {
        this.bootstrapServers = bootstrapServers;
        this.applier = new CaseEventsApplier(projection, objectMapper);
        this.projection = projection;
    }

    /** As the live consumer, but an unreadable payload (dead-lettered live) is skipped, changing nothing here either. */
    private final EventEffect replayEffect = new EventEffect() {
        @Override
        public boolean handles(String type) {
            return applier.handles(type);
        }

        @Override
        public void apply(List<IncomingEvent> events) {
            for (IncomingEvent event : events) {
                try {
                    applier.accept(event);
                } catch (PoisonEventException e) {
                    // skipped, as the dead-letter topic took it live
                }
            }
            projection.writeCounts();
        }
    };

    @Override
    public Reading readAll(BatchSink sink) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        long records = 0;
        long poison = 0;
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = kafka.partitionsFor(Topics.CASE_EVENTS, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> kafka.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                List<IncomingEvent> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    records++;
                    try {
                        batch.add(IncomingEvent.from(record));
                    } catch (PoisonEventException e) {
                        poison++;
                    }
                }
                if (!batch.isEmpty()) {
                    sink.accept(batch, replayEffect);
                }
            }
        }
        return new Reading(records, poison);
    }
}
