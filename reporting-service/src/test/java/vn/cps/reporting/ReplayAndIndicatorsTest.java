package vn.cps.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cps.testkit.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import vn.cps.events.EventTypes;
import vn.cps.events.Topics;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.testkit.CaseEventsFixture;
import vn.cps.testkit.EventLog;
import vn.cps.testkit.EventSchemaAssert;
import vn.cps.testkit.KafkaBroker;
import vn.cps.testkit.PublishedOutbox;
import vn.cps.testkit.TestTokens;

/** The read models are a function of the events: a replay into fresh tables gives the same rows. */
@QuarkusTest
class ReplayAndIndicatorsTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private static final String ADMIN = TestTokens.user("admin").roles("admin").jurisdiction("VN").bearer();

    /** Whether the live consumer group has committed every record of the case topic. */
    static boolean caughtUp() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
        try (AdminClient admin = AdminClient.create(props)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("reporting-service")
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.CASE_EVENTS)).allTopicNames().get()
                    .get(Topics.CASE_EVENTS).partitions().stream()
                    .map(p -> new TopicPartition(Topics.CASE_EVENTS, p.partition())).toList();
            Map<TopicPartition, Long> end = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            return partitions.stream().allMatch(p -> end.get(p) == 0
                    || (committed.containsKey(p) && committed.get(p).offset() >= end.get(p)));
        }
    }

    @Test
    void aReplayFromTheStartGivesTheSameRowsAndRedeliveryChangesNothing() throws Exception {
        Events.Case c = Events.Case.at("33", "11953", Events.morningOf("2018-07-02"));
        CaseOpenedV1 opened = new CaseOpenedV1(c.id(), c.reference(), UUID.randomUUID(), "33", "11953", "HOTLINE_111",
                List.of("VIOLENCE", "NEGLECT"), "FEMALE", "6-10", "RECEIVED", c.receivedAt(),
                c.receivedAt().plus(Duration.ofHours(12)), null);
        String eventId = UUID.randomUUID().toString();
        EventLog.publish(Topics.CASE_EVENTS, c.id().toString(), eventId, EventTypes.CASE_OPENED_V1,
                CaseEventsFixture.json(opened));
        Events.measure(c, true);
        // the same event delivered again, and a record that is not an event at all
        EventLog.publish(Topics.CASE_EVENTS, c.id().toString(), eventId, EventTypes.CASE_OPENED_V1,
                CaseEventsFixture.json(opened));
        EventLog.publish(Topics.CASE_EVENTS, "poison", null, null, "{not json");
        Events.closed(c, "CLOSED", Duration.ofDays(9));
        Events.closed(c, "CLOSED", Duration.ofDays(10));

        String query = "/api/v1/statistics/cases?from=2018-07-01&to=2018-07-31&groupBy=outcome";
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", ReadModelsTest.SUPERVISOR)
                .when().get(query).then().extract().<List<String>>path("rows.key").contains("CLOSED"));
        JsonPath counts = ReadModelsTest.get(query);
        assertThat(counts.getInt("total")).as("the case counted once").isEqualTo(1);
        assertThat(ReadModelsTest.get("/api/v1/statistics/closure-times?from=2018-07-01&to=2018-07-31")
                .getInt("p50Days")).as("the first closure counts").isEqualTo(9);

        await().atMost(Duration.ofSeconds(60)).until(ReplayAndIndicatorsTest::caughtUp);
        JsonPath replay = given().header("Authorization", ADMIN).when().post("/api/v1/admin/read-models/replay").then()
                .statusCode(200).extract().jsonPath();
        assertThat(replay.getLong("records")).isGreaterThanOrEqualTo(6);
        assertThat(replay.getLong("poison")).isGreaterThanOrEqualTo(1);
        List<Map<String, Object>> tables = replay.getList("tables");
        assertThat(tables).extracting(t -> t.get("table")).contains("case_fact", "stat_province_day",
                "stat_commune_month", "referral_stat", "closure_time_stat", "intake_fact");
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.get("onlyLive")).as("rows only live in %s", t.get("table")).isEqualTo(0);
            assertThat(t.get("onlyReplay")).as("rows only replayed in %s", t.get("table")).isEqualTo(0);
        });
        assertThat(tables).filteredOn(t -> "case_fact".equals(t.get("table")))
                .allSatisfy(t -> assertThat(((Number) t.get("liveRows")).longValue()).isPositive());
        assertThat(replay.getBoolean("identical")).isTrue();

        String analyst = TestTokens.user("an").roles("analyst").jurisdiction("VN").bearer();
        assertProblem(given().header("Authorization", analyst).when().post("/api/v1/admin/read-models/replay").then(),
                403);
    }

    @Test
    void theNumberOfAbusedChildrenIsMeasuredAndPublishedForPlanService() throws Exception {
        Events.open(Events.Case.at("38", "14758", Events.morningOf("2017-04-03")), "FEMALE", List.of("SEXUAL_ABUSE"));
        Events.open(Events.Case.at("38", "14758", Events.morningOf("2017-05-03")), "MALE", List.of("VIOLENCE", "NEGLECT"));
        Events.open(Events.Case.at("38", "14797", Events.morningOf("2017-06-03")), "FEMALE", List.of("EXPLOITATION"));
        Events.open(Events.Case.at("38", "14797", Events.morningOf("2017-06-04")), "MALE", List.of("DROWNING"));
        Events.Case dismissed = Events.Case.at("38", "14797", Events.morningOf("2017-06-05"));
        Events.open(dismissed, "MALE", List.of("VIOLENCE"));
        Events.closed(dismissed, "NOT_SUBSTANTIATED", Duration.ofDays(3));

        ObjectMapper json = new ObjectMapper();
        java.util.function.Predicate<EventLog.Published> abusedIn38In2017 = r -> {
            JsonNode v = readTree(json, r.value());
            return v != null && "II-0101".equals(v.path("indicatorCode").asText()) && "38".equals(v.path("jurisdiction").asText())
                    && v.path("year").asInt() == 2017;
        };
        EventLog.Published measured = EventLog.awaitRecord(Topics.REPORTING_EVENTS,
                "indicator II-0101 measured as 3 for province 38 in 2017",
                r -> abusedIn38In2017.test(r) && readTree(json, r.value()).path("value").asInt() == 3, Duration.ofSeconds(60));
        assertThat(measured.header("ce_type")).isEqualTo(EventTypes.REPORTING_INDICATOR_MEASURED_V1);
        assertThat(EventSchemaAssert.violations(EventTypes.REPORTING_INDICATOR_MEASURED_V1, measured.value())).isEmpty();

        // 3 is also passed on the way (the dismissed case counts until it is closed): once every case
        // event is consumed and every value published, the latest value must stand at 3, since the
        // unsubstantiated case is not an abused child and the drowning is not abuse
        List<Integer> latest = new java.util.ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!caughtUp() || PublishedOutbox.unpublished(dataSource) > 0) {
                    return false;
                }
                latest.clear();
                EventLog.readToEnd(Topics.REPORTING_EVENTS).stream().filter(abusedIn38In2017)
                        .forEach(r -> latest.add(readTree(json, r.value()).path("value").asInt()));
                return !latest.isEmpty() && latest.get(latest.size() - 1) == 3;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("Awaited II-0101 for 38 in 2017 to stand at 3 once all was consumed and published;"
                    + " values published: " + latest, e);
        }
    }

    private static JsonNode readTree(ObjectMapper json, String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }
}
