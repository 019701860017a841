package vn.cps.reporting.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cps.events.EventTypes;
import vn.cps.events.cases.CaseOpenedV1;
import vn.cps.platform.inbox.IdempotentConsumer;
import vn.cps.reporting.service.CaseStatistics;

/** Feeds the case read model, once per event. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final IdempotentConsumer consumer;
    private final CaseStatistics statistics;
    private final ObjectMapper objectMapper;

    CaseEventsConsumer(IdempotentConsumer consumer, CaseStatistics statistics, ObjectMapper objectMapper) {
        this.consumer = consumer;
        this.statistics = statistics;
        this.objectMapper = objectMapper;
    }

    @Incoming("case-events")
    @Blocking
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, event -> {
            if (EventTypes.CASE_OPENED_V1.equals(event.type())) {
                statistics.caseOpened(event.payloadAs(CaseOpenedV1.class, objectMapper));
            }
        });
    }
}
