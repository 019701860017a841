package vn.cps.platform.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.cps.events.CloudEventHeaders;

/** A CloudEvent read from a Kafka record in binary mode. */
public record IncomingEvent(String id, String type, String source, String subject, String payload) {

    /** Reads the CloudEvents headers; a record without them is poison and goes to the dead-letter topic. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new PoisonEventException("Record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no ce_id or ce_type header");
        }
        if (record.value() == null) {
            throw new PoisonEventException("Event " + id + " has no payload");
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), record.value());
    }

    /** The payload as its contract record; an unreadable payload is poison. */
    public <T> T payloadAs(Class<T> contract, ObjectMapper objectMapper) {
        try {
            return objectMapper.readValue(payload, contract);
        } catch (IOException e) {
            throw new PoisonEventException("Event " + id + " of type " + type + " has an unreadable payload: "
                    + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }

}
