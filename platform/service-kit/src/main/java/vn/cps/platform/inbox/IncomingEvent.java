package vn.cps.platform.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import vn.cps.events.CloudEventHeaders;

/** A CloudEvent read from a Kafka record in binary mode. */
public record IncomingEvent(String id, String type, String source, String subject, String payload) {

    /** Reads the CloudEvents headers; a record without them is poison and goes to the dead-letter topic. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        return from(record.topic(), record.partition(), record.offset(), record.headers(), record.value());
    }

    /** As {@link #from(ConsumerRecord)}, for a record of a batch the messaging connector delivered. */
    public static IncomingEvent from(KafkaRecord<String, String> record) {
        long offset = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
        return from(record.getTopic(), record.getPartition(), offset, record.getHeaders(), record.getPayload());
    }

    private static IncomingEvent from(String topic, int partition, long offset, Headers headers, String value) {
        String id = header(headers, CloudEventHeaders.ID);
        String type = header(headers, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new PoisonEventException("Record at " + topic + "/" + partition + "@" + offset
                    + " has no ce_id or ce_type header");
        }
        if (value == null) {
            throw new PoisonEventException("Event " + id + " has no payload");
        }
        return new IncomingEvent(id, type, header(headers, CloudEventHeaders.SOURCE),
                header(headers, CloudEventHeaders.SUBJECT), value);
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

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }

}
