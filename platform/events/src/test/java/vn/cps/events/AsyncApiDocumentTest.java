package vn.cps.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.cps.events.cases.ActionAssignedV1;
import vn.cps.events.cases.ActionCompletedV1;
import vn.cps.events.cases.CaseAssessedV1;
import vn.cps.events.cases.CaseClosedV1;
import vn.cps.events.cases.CaseMergedV1;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.events.cases.CaseReopenedV1;
import vn.cps.events.cases.ChildGroupsRecordedV1;
import vn.cps.events.cases.DeadlineEventV1;
import vn.cps.events.cases.EmergencyMeasureAppliedV1;
import vn.cps.events.cases.IntakeRecordedV1;
import vn.cps.events.cases.PlanApprovedV1;
import vn.cps.events.cases.PlanSubmittedV1;
import vn.cps.events.cases.ReferralEventV1;
import vn.cps.events.cases.TransferEventV1;
import vn.cps.events.notifications.DeliveryOutcomeV1;
import vn.cps.events.plans.IndicatorValueRecordedV1;
import vn.cps.events.plans.PlanIssuedV1;
import vn.cps.events.plans.PlanRevisedV1;
import vn.cps.events.plans.RecommendationEventV1;
import vn.cps.events.plans.TargetStatusV1;
import vn.cps.events.plans.TaskEventV1;
import vn.cps.events.reporting.IndicatorMeasuredV1;

/**
 * The AsyncAPI 3.0 document of the Kafka topics and the webhook deliveries is built from the JSON
 * Schemas of this module, the one source of truth: the committed {@code src/main/asyncapi/asyncapi.yaml}
 * must be what this test builds (rewrite it with {@code -Dcps.asyncapi.update=true}), it must validate
 * against the AsyncAPI 3.0.0 meta-schema, and every payload record must have the fields of its schema.
 */
class AsyncApiDocumentTest {

    static final Path COMMITTED = Path.of("src/main/asyncapi/asyncapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";

    /** The record each type's payload is serialised from. */
    static final Map<String, Class<? extends Record>> RECORDS = Map.ofEntries(
            Map.entry(EventTypes.CASE_INTAKE_RECORDED_V1, IntakeRecordedV1.class),
            Map.entry(EventTypes.CASE_OPENED_V1, CaseOpenedV1.class),
            Map.entry(EventTypes.CASE_ASSESSED_V1, CaseAssessedV1.class),
            Map.entry(EventTypes.CASE_CHILD_GROUPS_RECORDED_V1, ChildGroupsRecordedV1.class),
            Map.entry(EventTypes.CASE_EMERGENCY_MEASURE_APPLIED_V1, EmergencyMeasureAppliedV1.class),
            Map.entry(EventTypes.CASE_PLAN_SUBMITTED_V1, PlanSubmittedV1.class),
            Map.entry(EventTypes.CASE_PLAN_APPROVED_V1, PlanApprovedV1.class),
            Map.entry(EventTypes.CASE_ACTION_ASSIGNED_V1, ActionAssignedV1.class),
            Map.entry(EventTypes.CASE_ACTION_COMPLETED_V1, ActionCompletedV1.class),
            Map.entry(EventTypes.CASE_CLOSED_V1, CaseClosedV1.class),
            Map.entry(EventTypes.CASE_REOPENED_V1, CaseReopenedV1.class),
            Map.entry(EventTypes.CASE_MERGED_V1, CaseMergedV1.class),
            Map.entry(EventTypes.CASE_DEADLINE_APPROACHING_V1, DeadlineEventV1.class),
            Map.entry(EventTypes.CASE_DEADLINE_MISSED_V1, DeadlineEventV1.class),
            Map.entry(EventTypes.CASE_TRANSFERRED_V1, TransferEventV1.class),
            Map.entry(EventTypes.CASE_TRANSFER_ACCEPTED_V1, TransferEventV1.class),
            Map.entry(EventTypes.CASE_TRANSFER_DECLINED_V1, TransferEventV1.class),
            Map.entry(EventTypes.CASE_REFERRAL_REQUESTED_V1, ReferralEventV1.class),
            Map.entry(EventTypes.CASE_REFERRAL_ACCEPTED_V1, ReferralEventV1.class),
            Map.entry(EventTypes.CASE_REFERRAL_DECLINED_V1, ReferralEventV1.class),
            Map.entry(EventTypes.CASE_REFERRAL_WITHDRAWN_V1, ReferralEventV1.class),
            Map.entry(EventTypes.CASE_REFERRAL_COMPLETED_V1, ReferralEventV1.class),
            Map.entry(EventTypes.PLAN_ISSUED_V1, PlanIssuedV1.class),
            Map.entry(EventTypes.PLAN_REVISED_V1, PlanRevisedV1.class),
            Map.entry(EventTypes.PLAN_INDICATOR_VALUE_RECORDED_V1, IndicatorValueRecordedV1.class),
            Map.entry(EventTypes.PLAN_TARGET_AT_RISK_V1, TargetStatusV1.class),
            Map.entry(EventTypes.PLAN_TARGET_MISSED_V1, TargetStatusV1.class),
            Map.entry(EventTypes.PLAN_TASK_ASSIGNED_V1, TaskEventV1.class),
            Map.entry(EventTypes.PLAN_PROGRESS_REPORTED_V1, TaskEventV1.class),
            Map.entry(EventTypes.PLAN_TASK_OVERDUE_V1, TaskEventV1.class),
            Map.entry(EventTypes.PLAN_RECOMMENDATION_ISSUED_V1, RecommendationEventV1.class),
            Map.entry(EventTypes.PLAN_RECOMMENDATION_RESOLVED_V1, RecommendationEventV1.class),
            Map.entry(EventTypes.REPORTING_INDICATOR_MEASURED_V1, IndicatorMeasuredV1.class),
            Map.entry(EventTypes.NOTIFICATION_DELIVERED_V1, DeliveryOutcomeV1.class),
            Map.entry(EventTypes.NOTIFICATION_FAILED_V1, DeliveryOutcomeV1.class));

    /** Topic, channel id and publisher of each family of types. */
    private record Channel(String id, String topic, String service, String prefix) {
    }

    private static final List<Channel> CHANNELS = List.of(
            new Channel("caseEvents", Topics.CASE_EVENTS, "case-service", "vn.cps.case."),
            new Channel("planEvents", Topics.PLAN_EVENTS, "plan-service", "vn.cps.plan."),
            new Channel("reportingEvents", Topics.REPORTING_EVENTS, "reporting-service", "vn.cps.reporting."),
            new Channel("notificationEvents", Topics.NOTIFICATION_EVENTS, "notification-service", "vn.cps.notification."));

    @Test
    void theCommittedDocumentIsTheOneBuiltFromTheSchemas() throws IOException {
        String built = YAML.writeValueAsString(build());
        if (Boolean.getBoolean("cps.asyncapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, built, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).as("the committed AsyncAPI document (rewrite it with -Dcps.asyncapi.update=true)").exists();
        assertThat(YAML.readTree(COMMITTED.toFile()).equals(YAML.readTree(built)))
                .as("%s is what the schemas give (if a schema changed, rewrite it with -Dcps.asyncapi.update=true)", COMMITTED)
                .isTrue();
    }

    @Test
    void theCommittedDocumentIsValidAsyncApi300() throws IOException {
        JsonNode document = YAML.readTree(COMMITTED.toFile());
        try (InputStream meta = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(meta)
                    .validate(document);
            assertThat(problems).as("AsyncAPI 3.0.0 meta-schema violations").isEmpty();
        }
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.path("components").path("messages").size())
                .as("one message per event type and one for webhooks").isEqualTo(EventTypes.ALL.size() + 1);
        // every operation's messages are messages of its channel, as AsyncAPI 3 requires
        document.path("operations").forEach(operation -> {
            String channel = operation.path("channel").path("$ref").asText();
            operation.path("messages").forEach(m -> assertThat(m.path("$ref").asText()).startsWith(channel + "/messages/"));
        });
    }

    @Test
    void everyRecordSchemaAndMessageHaveTheSameFields() throws IOException {
        assertThat(RECORDS.keySet()).as("a record for every type").containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
        JsonNode messages = YAML.readTree(COMMITTED.toFile()).path("components").path("messages");
        for (String type : EventTypes.ALL) {
            JsonNode schema = schema(EventTypes.schemaResource(type));
            Set<String> inSchema = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(inSchema::add);
            Set<String> inRecord = new TreeSet<>();
            Arrays.stream(RECORDS.get(type).getRecordComponents()).forEach(c -> inRecord.add(c.getName()));
            assertThat(inRecord).as("fields of %s and of its schema", RECORDS.get(type).getSimpleName() + " (" + type + ")")
                    .isEqualTo(inSchema);
            JsonNode message = messages.path(messageId(type));
            assertThat(message.path("payload").path("schema")).as("the AsyncAPI payload of %s", type).isEqualTo(schema);
            assertThat(message.path("headers").path("properties").path("ce_type").path("const").asText()).isEqualTo(type);
        }
    }

    /** {@code vn.cps.case.referral-requested.v1} → {@code caseReferralRequestedV1}. */
    static String messageId(String type) {
        String[] words = type.substring("vn.cps.".length()).split("[.-]");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return id.toString();
    }

    private static JsonNode schema(String resource) throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("schema %s", resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static ObjectNode build() throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Child protection case handling: events and webhooks");
        info.put("version", "1.0.0");
        info.put("description", String.join("\n",
                "Events the four services publish on Kafka, and the webhooks notification-service delivers to partner systems.",
                "",
                "**Kafka.** Each service publishes to one topic through a transactional outbox: an event is published if and only if",
                "the state change it reports committed. Records are CloudEvents 1.0 in binary mode: the `ce_*` headers carry the",
                "envelope and the value is the JSON payload. The record key is the aggregate id (`ce_subject`), so the events of",
                "one case, plan or delivery keep their order. Delivery is at least once: consumers drop a `ce_id` they have seen.",
                "A change that breaks readers is a new type (`.v2`), never an edit of a published one; optional fields may be added.",
                "Payloads carry ids, codes and coarse attributes only, never a name, a phone number or free text.",
                "",
                "**Webhooks.** A partner system registers an HTTPS URL for its agency (`POST /api/v1/webhooks` of notification-service)",
                "and gets a secret once. Each delivery is a POST of the JSON body below with `X-CPS-Signature: t=<unix seconds>,v1=<hex",
                "HMAC-SHA256 of \"<t>.<raw body>\" keyed with the secret>`. Verify it on the raw bytes in constant time and refuse a",
                "timestamp more than 5 minutes away (clients/java: `vn.cps.client.WebhookSignature`). Answer 2xx once stored; any other",
                "answer or a timeout is retried with growing pauses, and `X-CPS-Notification-Id` stays the same on every retry, so",
                "a receiver drops a delivery it has seen. A 4xx other than 408/429 is not retried."));
        info.putObject("license").put("name", "Apache 2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0.html");
        info.putObject("contact").put("name", "Child protection case handling maintainers").put("url", "https://cps.gov.vn/developers");
        doc.put("defaultContentType", "application/json");

        ObjectNode servers = doc.putObject("servers");
        servers.putObject("kafka").put("host", "cps-kafka-bootstrap:9092").put("protocol", "kafka")
                .put("description", "The broker of deploy/k8s; the local stack (deploy/local) prints its own address.");
        ObjectNode partner = servers.putObject("partner");
        partner.put("host", "{partnerHost}").put("protocol", "https")
                .put("description", "A partner system's endpoint: the URL it registered for its agency.");
        partner.putObject("variables").putObject("partnerHost").put("description", "host of the registered webhook URL");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEventHeaders", cloudEventHeaders());
        ObjectNode messages = components.putObject("messages");

        for (Channel c : CHANNELS) {
            ObjectNode channel = channels.putObject(c.id());
            channel.put("address", c.topic());
            channel.put("title", c.topic());
            channel.put("description", "Events of " + c.service() + ", keyed by aggregate id. Poison records a consumer"
                    + " cannot read go to its dead-letter topic with the reason.");
            channel.putArray("servers").addObject().put("$ref", "#/servers/kafka");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + Character.toUpperCase(c.id().charAt(0)) + c.id().substring(1));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + c.id());
            operation.put("summary", c.service() + " publishes these events through its outbox.");
            ArrayNode operationMessages = operation.putArray("messages");
            for (String type : EventTypes.ALL) {
                if (!type.startsWith(c.prefix())) {
                    continue;
                }
                String id = messageId(type);
                messages.set(id, eventMessage(type, schema(EventTypes.schemaResource(type))));
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                operationMessages.addObject().put("$ref", "#/channels/" + c.id() + "/messages/" + id);
            }
        }

        ObjectNode webhook = channels.putObject("partnerWebhook");
        webhook.putNull("address");
        webhook.put("title", "A partner's webhook");
        webhook.put("description", "The URL a partner registered; unknown until it registers, hence no address.");
        webhook.putArray("servers").addObject().put("$ref", "#/servers/partner");
        webhook.putObject("messages").putObject("notificationWebhookV1").put("$ref", "#/components/messages/notificationWebhookV1");
        ObjectNode deliver = operations.putObject("deliverWebhook");
        deliver.put("action", "send");
        deliver.putObject("channel").put("$ref", "#/channels/partnerWebhook");
        deliver.put("summary", "notification-service POSTs a signed notification to the partner's URL.");
        deliver.putObject("bindings").putObject("http").put("method", "POST").put("bindingVersion", "0.3.0");
        deliver.putArray("messages").addObject().put("$ref", "#/channels/partnerWebhook/messages/notificationWebhookV1");
        messages.set("notificationWebhookV1", webhookMessage(schema(WebhookDeliveries.SCHEMA_RESOURCE)));
        return doc;
    }

    private static ObjectNode eventMessage(String type, JsonNode schema) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", type);
        message.put("title", type);
        message.put("summary", schema.path("description").asText(type));
        message.put("contentType", "application/json");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.putArray("allOf").addObject().put("$ref", "#/components/schemas/CloudEventHeaders");
        headers.putObject("properties").putObject("ce_type").put("const", type);
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", schema);
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "the aggregate id, equal to ce_subject");
        kafka.put("bindingVersion", "0.5.0");
        return message;
    }

    private static ObjectNode webhookMessage(JsonNode schema) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", "vn.cps.notification.webhook.v1");
        message.put("title", "A signed notification to a partner system");
        message.put("summary", schema.path("description").asText());
        message.put("contentType", "application/json");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.putArray("required").add(WebhookDeliveries.SIGNATURE_HEADER).add(WebhookDeliveries.NOTIFICATION_ID_HEADER)
                .add(WebhookDeliveries.NOTIFICATION_TYPE_HEADER);
        ObjectNode properties = headers.putObject("properties");
        properties.putObject(WebhookDeliveries.SIGNATURE_HEADER).put("type", "string").put("pattern", "^t=[0-9]+,v1=[0-9a-f]{64}$")
                .put("description", "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" keyed with the webhook's secret>");
        properties.putObject(WebhookDeliveries.NOTIFICATION_ID_HEADER).put("type", "string").put("format", "uuid")
                .put("description", "the delivery id, equal to the body's id and the same on every retry");
        properties.putObject(WebhookDeliveries.NOTIFICATION_TYPE_HEADER).put("type", "string")
                .put("description", "the body's type");
        properties.putObject("Content-Type").put("const", "application/json; charset=utf-8");
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", schema);
        return message;
    }

    private static ObjectNode cloudEventHeaders() {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("type", "object");
        headers.put("description", "CloudEvents 1.0, Kafka protocol binding, binary mode, and W3C trace context.");
        headers.putArray("required").add(CloudEventHeaders.SPEC_VERSION).add(CloudEventHeaders.ID).add(CloudEventHeaders.SOURCE)
                .add(CloudEventHeaders.TYPE).add(CloudEventHeaders.TIME).add(CloudEventHeaders.SUBJECT).add(CloudEventHeaders.CONTENT_TYPE);
        ObjectNode p = headers.putObject("properties");
        Map<String, ObjectNode> props = new LinkedHashMap<>();
        props.put(CloudEventHeaders.SPEC_VERSION, JSON.createObjectNode().put("const", CloudEventHeaders.SPEC_VERSION_VALUE));
        props.put(CloudEventHeaders.ID, JSON.createObjectNode().put("type", "string").put("format", "uuid")
                .put("description", "the event id; consumers drop an id they have seen"));
        props.put(CloudEventHeaders.SOURCE, JSON.createObjectNode().put("type", "string")
                .put("description", "the publishing service, e.g. /case-service"));
        props.put(CloudEventHeaders.TYPE, JSON.createObjectNode().put("type", "string")
                .put("description", "the event type, versioned: vn.cps.<service>.<event>.v<n>"));
        props.put(CloudEventHeaders.TIME, JSON.createObjectNode().put("type", "string").put("format", "date-time")
                .put("description", "when the state change committed, UTC"));
        props.put(CloudEventHeaders.SUBJECT, JSON.createObjectNode().put("type", "string")
                .put("description", "the aggregate id, also the record key"));
        props.put(CloudEventHeaders.CONTENT_TYPE, JSON.createObjectNode().put("const", CloudEventHeaders.JSON));
        props.put(CloudEventHeaders.TRACEPARENT, JSON.createObjectNode().put("type", "string")
                .put("description", "W3C trace context of the request that caused the event, when traced"));
        props.forEach(p::set);
        return headers;
    }
}
