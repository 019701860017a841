package vn.cps.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cps.events.EventTypes;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.notification.service.Inbox;
import vn.cps.platform.inbox.IdempotentConsumer;

/** Turns case events into inbox entries, once per event. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final IdempotentConsumer consumer;
    private final Inbox inbox;
    private final ObjectMapper objectMapper;

    CaseEventsConsumer(IdempotentConsumer consumer, Inbox inbox, ObjectMapper objectMapper) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.objectMapper = objectMapper;
    }

    @Incoming("case-events")
    @Blocking
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, event -> {
            if (EventTypes.CASE_OPENED_V1.equals(event.type())) {
                inbox.caseOpened(event.payloadAs(CaseOpenedV1.class, objectMapper), event.id());
            }
        });
    }
}
