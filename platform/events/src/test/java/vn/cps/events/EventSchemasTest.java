package vn.cps.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cps.events.cases.CaseOpenedV1;

class EventSchemasTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JsonSchema schema(String type) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventTypes.schemaResource(type))) {
            assertThat(in).as("schema of %s", type).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private CaseOpenedV1 sample() {
        Instant received = Instant.parse("2026-03-10T01:00:00Z");
        return new CaseOpenedV1(UUID.randomUUID(), "48-2026-000123", UUID.randomUUID(), "48", "20194",
                "HOTLINE_111", List.of("VIOLENCE", "NEGLECT"), "FEMALE", "6-10", "RECEIVED", received,
                received.plusSeconds(12 * 3600), UUID.randomUUID());
    }

    @Test
    void everyTypeHasASchema() throws Exception {
        for (String type : EventTypes.ALL) {
            assertThat(schema(type)).isNotNull();
        }
    }

    @Test
    void serialisedCaseOpenedValidates() throws Exception {
        JsonNode node = json.valueToTree(sample());
        Set<ValidationMessage> errors = schema(EventTypes.CASE_OPENED_V1).validate(node);
        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRejectsPersonalDataAndUnknownCodes() throws Exception {
        ObjectNode withName = json.valueToTree(sample());
        withName.put("childName", "Nguyễn Văn An");
        assertThat(schema(EventTypes.CASE_OPENED_V1).validate(withName)).isNotEmpty();

        ObjectNode badHarm = json.valueToTree(sample());
        badHarm.putArray("harmTypes").add("BEATING");
        assertThat(schema(EventTypes.CASE_OPENED_V1).validate(badHarm)).isNotEmpty();
    }
}
