package vn.cps.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
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

    /**
     * Reads the topic from the start until a record matches, and returns that record. Fails with what
     * was awaited and the records seen instead when the timeout passes first.
     */
    public static Published awaitRecord(String topic, String awaited, Predicate<Published> match, Duration timeout) {
        List<Published> read = awaitThrough(topic, awaited, match, timeout);
        return read.get(read.size() - 1);
    }

    /**
     * Reads the topic from the start until a record matches, and returns every record read, the
     * match last. Fails with what was awaited and what was seen instead on timeout.
     */
    public static List<Published> awaitThrough(String topic, String awaited, Predicate<Published> match,
            Duration timeout) {
        List<Published> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Published read = published(record);
                    seen.add(read);
                    if (match.test(read)) {
                        return seen;
                    }
                }
            }
        }
        throw new AssertionError("Awaited on " + topic + " for " + timeout + ": " + awaited + "; saw instead "
                + describe(seen));
    }

    /**
     * Every record on the topic up to its end offsets at the time of the call: to assert what was
     * published, and that nothing else was, once the publishers are known to be done.
     */
    public static List<Published> readToEnd(String topic) {
        List<Published> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!reached(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + topic + " up to its end offsets " + end + " within 30 s; read "
                            + describe(read));
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        read.add(published(record));
                    }
                }
            }
        }
        return read;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey(), Duration.ofSeconds(20)) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** The topic's partitions, waiting for a topic that the first publisher creates. */
    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        try {
            List<PartitionInfo> infos = Awaitility.await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> consumer.partitionsFor(topic, Duration.ofSeconds(10)), i -> i != null && !i.isEmpty());
            return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Awaited topic " + topic + " for 30 s; the broker does not know it", e);
        }
    }

    private static Published published(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), UTF_8));
        }
        return new Published(record.topic(), record.key(), record.value(), headers);
    }

    /** The count and the last records, as type and key, for a failure message. */
    static String describe(List<Published> seen) {
        int shown = Math.min(seen.size(), 20);
        StringBuilder text = new StringBuilder(seen.size() + " record(s)");
        if (shown > 0) {
            text.append(shown < seen.size() ? ", the last " + shown + ": " : ": ");
            text.append(seen.subList(seen.size() - shown, seen.size()).stream()
                    .map(r -> r.header(CloudEventHeaders.TYPE) + " key=" + r.key()).toList());
        }
        return text.toString();
    }

    /** Publishes a CloudEvent in binary mode, as the outbox relay of another service would. */
    public static void publish(String topic, String key, String id, String type, String payload) {
        publishTogether(topic, List.of(new Outgoing(key, id, type, payload)));
    }

    /** A record to publish: a CloudEvent in binary mode; a null id or type leaves out that header. */
    public record Outgoing(String key, String id, String type, String payload) {
    }

    /**
     * Publishes the records in one producer batch, in order, as the relay publishes a batch: with
     * one key they land in one partition together, and a consumer polls them together when it is idle.
     */
    public static void publishTogether(String topic, List<Outgoing> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            List<Future<?>> acks = new ArrayList<>();
            for (Outgoing record : records) {
                acks.add(producer.send(new ProducerRecord<>(topic, null, record.key(), record.payload(),
                        headers(record.id(), record.type()))));
            }
            producer.flush();
            for (Future<?> ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    private static RecordHeaders headers(String id, String type) {
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
        return headers;
    }
}
