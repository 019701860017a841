package vn.cps.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import vn.cps.events.EventTypes;

/** Checks a published payload against the JSON Schema of its type in platform/events. */
public final class EventSchemaAssert {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemaAssert() {
    }

    /** The schema violations of the payload; empty when it conforms. */
    public static Set<ValidationMessage> violations(String type, String payload) {
        return violations(EventTypes.schemaResource(type), type, payload);
    }

    /** The violations of a webhook delivery's body against the schema partners are given. */
    public static Set<ValidationMessage> webhookViolations(String body) {
        return violations(vn.cps.events.WebhookDeliveries.SCHEMA_RESOURCE, "a webhook delivery", body);
    }

    private static Set<ValidationMessage> violations(String resource, String type, String payload) {
        try (InputStream in = EventTypes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No JSON Schema for " + type + " at " + resource);
            }
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(JSON.readTree(payload));
        } catch (IOException e) {
            throw new AssertionError("Payload of " + type + " is not JSON: " + e.getMessage());
        }
    }
}
