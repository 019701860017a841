package vn.cps.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Last of all: everything published on Kafka and everything the stack logged during the system
 * tests, searched for the personal data the tests put in (names, phone numbers, ID numbers,
 * addresses, the free-text summary). Expected: none of it, anywhere.
 */
@Order(Order.DEFAULT + 2)
class PrivacyScanTest {

    /** What the scenarios seed; StackClient.Seeded numbers every person, so prefixes find them all. */
    private static final List<String> SEEDED = List.of(
            "Phạm Thị Hồng Nhung", "Nguyễn Ngọc Ánh", "Đường Lê Duẩn", "+84 905", "48200000",
            "Trần Minh Khoa", "Lê Thị Hạnh", "Hàng xóm nghe tiếng trẻ khóc", "Giáo viên báo học sinh");
    private static final Set<String> TOPICS = Set.of("cps.case.events", "cps.plan.events", "cps.reporting.events",
            "cps.notification.events", "cps.case.events.notification-service.dlq", "cps.case.events.reporting-service.dlq",
            "cps.plan.events.notification-service.dlq", "cps.reporting.events.plan-service.dlq");
    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
        client = new StackClient(stack);
    }

    @Test
    void no_seeded_personal_data_is_published_on_any_topic() throws Exception {
        // the data is really in the system: the commune's officer finds the child by name
        seed();
        String officer = client.login("officer.20194");
        HttpResponse<String> found = client.call("GET", stack.service("case") + "/api/v1/cases?childName="
                + URLEncoder.encode("Nguyễn Ngọc Ánh", StandardCharsets.UTF_8), officer, null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(StackClient.JSON.readTree(found.body()).get("items")).isNotEmpty();

        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Integer> recordsPerTopic = new TreeMap<>();
        List<String> hits = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            // every topic from its start up to the end it has now: seed() waited until all was published
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                assertThat(Instant.now()).as("read every topic to its end offsets %s within a minute", end)
                        .isBefore(deadline);
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    recordsPerTopic.merge(record.topic(), 1, Integer::sum);
                    StringBuilder text = new StringBuilder(text(record.key())).append('\n').append(text(record.value()));
                    for (Header header : record.headers()) {
                        text.append('\n').append(header.key()).append('=').append(text(header.value()));
                    }
                    for (String seeded : SEEDED) {
                        if (text.indexOf(seeded) >= 0) {
                            hits.add(record.topic() + "@" + record.partition() + ":" + record.offset() + " has " + seeded);
                        }
                    }
                }
            }
        }
        System.out.println("privacy scan, records read per topic: " + recordsPerTopic);
        assertThat(recordsPerTopic.getOrDefault("cps.case.events", 0)).isGreaterThan(50);
        assertThat(hits).isEmpty();
    }

    @Test
    void no_seeded_personal_data_is_in_any_log_of_the_stack() throws Exception {
        seed();
        List<String> hits = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(stack.logs())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String log = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                bytes += log.length();
                for (String seeded : SEEDED) {
                    if (log.contains(seeded)) {
                        hits.add(file.getFileName() + " has " + seeded);
                    }
                }
            }
        }
        System.out.println("privacy scan, log characters read: " + bytes);
        assertThat(bytes).isGreaterThan(10_000);
        assertThat(hits).isEmpty();
    }

    /** Seeds a few people first, so that the scan has something to miss even when run on its own. */
    private static synchronized void seed() throws Exception {
        String operator = client.login("operator111");
        for (int n = 1; n <= 3; n++) {
            HttpResponse<String> created = client.report(operator, "20194", StackClient.Seeded.number(n));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        // everything the seeds set off has been published, consumed and logged
        stack.awaitSettled(Duration.ofMinutes(2));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
