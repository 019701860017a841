package vn.cps.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.cps.events.CloudEventHeaders;

/** Reads and writes topics of the test broker as an outside party would. */
public final class EventLog {

    private EventLog() {
    }

    /** A record as read back, with its headers as strings. */
    public record Published(String topic, String key, String value, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    /** Reads the topic from the start until a record matches or the timeout passes; all records read so far. */
    public static List<Published> readUntil(String topic, Predicate<Published> match, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Published> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    java.util.LinkedHashMap<String, String> headers = new java.util.LinkedHashMap<>();
                    for (Header h : record.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), UTF_8));
                    }
                    Published published = new Published(record.topic(), record.key(), record.value(), headers);
                    seen.add(published);
                    if (match.test(published)) {
                        return seen;
                    }
                }
            }
        }
        return seen;
    }

    /** Publishes a CloudEvent in binary mode, as the outbox relay of another service would. */
    public static void publish(String topic, String key, String id, String type, String payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(UTF_8));
        if (id != null) {
            headers.add(CloudEventHeaders.ID, id.getBytes(UTF_8));
        }
        if (type != null) {
            headers.add(CloudEventHeaders.TYPE, type.getBytes(UTF_8));
        }
        headers.add(CloudEventHeaders.SOURCE, "/test".getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, payload, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }
}
